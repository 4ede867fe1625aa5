import { describe, expect, it } from 'vitest'
import { NOT_EXPRESSED_CODES } from '../../model'
import { en } from '../../i18n/en'
import { ja } from '../../i18n/ja'

describe('samExport strings', () => {
  it('every not-expressed code has an English and a Japanese sentence naming {{what}} (or none for the era)', () => {
    for (const lang of [en, ja]) {
      expect(Object.keys(lang.samExport.notExpressed).sort()).toEqual([...NOT_EXPRESSED_CODES].sort())
      for (const code of NOT_EXPRESSED_CODES)
        if (code !== 'era2018') expect(lang.samExport.notExpressed[code]).toContain('{{what}}')
    }
  })
})
