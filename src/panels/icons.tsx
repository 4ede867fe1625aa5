/** Small stroke icons drawn for Lambdascope (system fonts lack some transport glyphs). Always decorative. */
import type { ReactNode } from 'react'

function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  )
}

export const PlayIcon = () => (
  <Icon>
    <path d="M5 3.5v9l7-4.5z" fill="currentColor" />
  </Icon>
)
export const PauseIcon = () => (
  <Icon>
    <path d="M5.5 3.5v9M10.5 3.5v9" />
  </Icon>
)
export const StepBackIcon = () => (
  <Icon>
    <path d="M4 3.5v9M12 3.5v9L6 8z" />
  </Icon>
)
export const StepForwardIcon = () => (
  <Icon>
    <path d="M12 3.5v9M4 3.5v9L10 8z" />
  </Icon>
)
export const SunIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="2.8" />
    {/* long-line: SVG path data (the eight rays) */}
    <path d="M8 1.5v1.6M8 12.9v1.6M1.5 8h1.6M12.9 8h1.6M3.4 3.4l1.1 1.1M11.5 11.5l1.1 1.1M3.4 12.6l1.1-1.1M11.5 4.5l1.1-1.1" />
  </Icon>
)
export const MoonIcon = () => (
  <Icon>
    <path d="M13 9.6A5.5 5.5 0 0 1 6.4 3a5.5 5.5 0 1 0 6.6 6.6z" />
  </Icon>
)
export const SlidersIcon = () => (
  <Icon>
    <path d="M2.5 4.5h11M2.5 11.5h11" />
    <circle cx="10" cy="4.5" r="1.7" fill="var(--surface, #fff)" />
    <circle cx="6" cy="11.5" r="1.7" fill="var(--surface, #fff)" />
  </Icon>
)
export const CloseIcon = () => (
  <Icon>
    <path d="M4 4l8 8M12 4l-8 8" />
  </Icon>
)
