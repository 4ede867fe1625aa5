import type { en } from './en/index'

/** The same tree as `en`, with any string as a leaf: a translation must have every key and no other. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof en>

type Join<K extends string, P extends string> = `${K}.${P}`
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : Join<K, Paths<T[K]>>
}[keyof T & string]

/** Every message key, e.g. `'playback.play'`. */
export type MessageKey = Paths<typeof en>

export const LOCALES = ['en', 'ja'] as const
export type Locale = (typeof LOCALES)[number]
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}
