import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { useUndoRedoState } from '../store/useAppStore'
import type { CanvasCommands } from './useCanvasCommands'
import { PALETTE_ID } from './Palette'

const ICONS = {
  undo: 'M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  layout: 'M3 5h5v5H3zM16 3h5v5h-5zM16 14h5v5h-5zM8 7.5h3.5v-2H16M11.5 7.5v9H16',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  snap: 'M4 4h.01M12 4h.01M20 4h.01M4 12h.01M12 12h.01M20 12h.01M4 20h.01M12 20h.01M20 20h.01M8 8h8v8H8z',
  connect: 'M5 12h10M12 7l5 5-5 5M19 5v14',
  palette: 'M12 5v14M5 12h14',
} as const

function Icon({ d }: { d: string }) {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  )
}

/**
 * Undo, redo, auto-layout, fit, snap and Connect to…: icon buttons with translated names (and tooltips). Where the
 * palette is hidden (≤ 760 px), a first button opens it as a sheet (`paletteOpen`).
 */
export function CanvasToolbar({
  commands,
  snap,
  onToggleSnap,
  canConnect,
  onConnect,
  paletteOpen,
  onTogglePalette,
  paletteToggleRef,
}: {
  commands: CanvasCommands
  snap: boolean
  onToggleSnap: () => void
  canConnect: boolean
  onConnect: () => void
  paletteOpen: boolean
  onTogglePalette: () => void
  paletteToggleRef: Ref<HTMLButtonElement>
}) {
  const { t } = useTranslation()
  const { canUndo, canRedo } = useUndoRedoState()
  const button = (
    name: string,
    d: string,
    onClick: () => void,
    extra: { disabled?: boolean; pressed?: boolean; shortcut?: string } = {},
  ) => (
    <button
      type="button"
      className="canvas-toolbar__button"
      aria-label={name}
      title={extra.shortcut ? `${name} (${extra.shortcut})` : name}
      onClick={onClick}
      disabled={extra.disabled}
      aria-pressed={extra.pressed}
      aria-keyshortcuts={extra.shortcut}
    >
      <Icon d={d} />
    </button>
  )
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('canvas.toolbar.label')}>
      <button
        ref={paletteToggleRef}
        type="button"
        className="canvas-toolbar__button canvas-toolbar__palette-toggle"
        aria-label={t('canvas.toolbar.palette')}
        title={t('canvas.toolbar.palette')}
        aria-expanded={paletteOpen}
        aria-controls={PALETTE_ID}
        onClick={onTogglePalette}
      >
        <Icon d={ICONS.palette} />
      </button>
      {button(t('canvas.toolbar.undo'), ICONS.undo, commands.undo, { disabled: !canUndo, shortcut: 'Control+Z' })}
      {button(t('canvas.toolbar.redo'), ICONS.redo, commands.redo, { disabled: !canRedo, shortcut: 'Control+Shift+Z' })}
      <span className="canvas-toolbar__sep" aria-hidden="true" />
      {button(t('canvas.toolbar.connect'), ICONS.connect, onConnect, { disabled: !canConnect, shortcut: 'C' })}
      {button(t('canvas.toolbar.layout'), ICONS.layout, commands.layout)}
      {button(t('canvas.toolbar.fit'), ICONS.fit, commands.fit)}
      {button(t('canvas.toolbar.snap'), ICONS.snap, onToggleSnap, { pressed: snap })}
    </div>
  )
}
