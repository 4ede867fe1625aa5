import { useEffect, useRef } from 'react'

/**
 * Rules that change with the lesson step (the highlight rings), as a constructed stylesheet adopted by the document:
 * an inline <style> element is refused by the app's Content-Security-Policy (style-src 'self', no 'unsafe-inline'),
 * while the CSS object model is not. Where constructed stylesheets are missing (old browsers, jsdom) nothing is drawn;
 * the highlights are still announced with the step.
 */
export function useAdoptedCss(css: string): void {
  const sheet = useRef<CSSStyleSheet | null>(null)
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return
    let s: CSSStyleSheet
    try {
      s = new CSSStyleSheet()
    } catch {
      return
    }
    sheet.current = s
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== s)
      sheet.current = null
    }
  }, [])
  useEffect(() => {
    sheet.current?.replaceSync(css)
  }, [css])
}
