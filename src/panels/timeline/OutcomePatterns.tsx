/** SVG patterns so outcomes differ by more than colour: errors hatched, timeouts cross-hatched, throttles dotted. */
export function OutcomePatterns() {
  return (
    <defs>
      <pattern id="pat-error" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="pat-bg pat-bg--error" />
        <line x1="0" y1="0" x2="0" y2="6" className="pat-line" />
      </pattern>
      <pattern id="pat-timeout" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="pat-bg pat-bg--error" />
        <path d="M0,0 L6,6 M6,0 L0,6" className="pat-line" />
      </pattern>
      <pattern id="pat-throttled" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" className="pat-bg pat-bg--warn" />
        <circle cx="2.5" cy="2.5" r="1" className="pat-dot" />
      </pattern>
    </defs>
  )
}
