/** Our own mark: a lambda inside a lens (not AWS's icon set). Decorative; the name is the heading next to it. */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--accent)" />
      <circle
        cx="16"
        cy="16"
        r="11.5"
        fill="none"
        stroke="var(--accent-contrast)"
        strokeOpacity="0.35"
        strokeWidth="1.5"
      />
      <path
        d="M10 24 L15.2 13.2 L13.4 8.5 H10.6 V6.6 H14.8 L22.2 24 H19.4 L15.9 15.6 L12.9 24 Z"
        fill="var(--accent-contrast)"
      />
    </svg>
  )
}
