import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/en'
import { ja } from '../../i18n/ja'
import { importTemplate, NOTE_CODES, TEMPLATE_ERROR_CODES, UNSUPPORTED_REASONS } from '../../model/template'

const CORPUS = Object.values(
  import.meta.glob<string>('../../model/template/corpus/*', { query: '?raw', import: 'default', eager: true }),
)
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort()

describe('templateImport messages', () => {
  it('every code of the import report has an English and a Japanese sentence', () => {
    for (const area of [en.templateImport, ja.templateImport]) {
      for (const c of NOTE_CODES) expect(area.note[c], c).toBeTruthy()
      for (const c of UNSUPPORTED_REASONS) expect(area.reason[c], c).toBeTruthy()
      for (const c of TEMPLATE_ERROR_CODES)
        expect(area.error[c.replace('template.', '') as keyof typeof area.error], c).toBeTruthy()
    }
  })

  it('each note the corpus produces carries exactly the values its sentence names, in both languages', () => {
    for (const text of CORPUS) {
      const r = importTemplate(text)
      if (!r.ok) throw new Error('corpus must import')
      for (const n of r.report.notes) {
        expect(placeholders(en.templateImport.note[n.code]), n.code).toEqual(Object.keys(n.params).sort())
        expect(placeholders(ja.templateImport.note[n.code]), n.code).toEqual(Object.keys(n.params).sort())
      }
    }
  })
})
