/**
 * Numbers for the reader's language. Formatters are cached per locale and options: building an Intl formatter (what
 * every `toLocaleString()` call does) costs far more than using one, and forms format many numbers per render.
 */
const cache = new Map<string, Intl.NumberFormat>()

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, options)
    cache.set(key, f)
  }
  return f.format(value)
}
