import { describe, expect, it } from 'vitest'
import { enEmbedFirstFrame } from './en/embedFirstFrame'
import { jaEmbedFirstFrame } from './ja/embedFirstFrame'

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  )

describe("the embed first frame's strings", () => {
  it('has the same keys in English and Japanese', () => {
    expect(keys(jaEmbedFirstFrame).sort()).toEqual(keys(enEmbedFirstFrame).sort())
    expect(keys(enEmbedFirstFrame)).toContain('transport.play')
  })
})
