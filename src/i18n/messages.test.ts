import { describe, expect, it } from 'vitest'
import { en } from './en/index'
import { ja } from './ja/index'

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  )
}
function leaves(tree: object): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[k, v] as [string, string]]
      : leaves(v as object).map(([p, s]) => [`${k}.${p}`, s] as [string, string]),
  )
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('translations', () => {
  it('Japanese has exactly the English keys', () => {
    const enKeys = keys(en).sort()
    const jaKeys = keys(ja).sort()
    expect(
      jaKeys.filter((k) => !enKeys.includes(k)),
      'keys only in ja',
    ).toEqual([])
    expect(
      enKeys.filter((k) => !jaKeys.includes(k)),
      'keys missing in ja',
    ).toEqual([])
  })

  it('no string is empty, and both languages use the same placeholders', () => {
    const jaMap = new Map(leaves(ja))
    for (const [key, text] of leaves(en)) {
      expect(text.trim(), key).not.toBe('')
      expect(jaMap.get(key)?.trim(), key).not.toBe('')
      expect(placeholders(jaMap.get(key) ?? ''), key).toEqual(placeholders(text))
    }
  })
})
