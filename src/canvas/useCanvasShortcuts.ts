import { useEffect, type RefObject } from 'react'
import type { CanvasCommands } from './useCanvasCommands'

/** Inputs that do not take typing (a slider, a checkbox): Ctrl+Z there still undoes the document. */
const NON_TEXT_INPUTS = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file'])

const isTextField = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT' ||
    (el instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(el.type)))

/**
 * Keyboard shortcuts. Undo/redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y) work anywhere but in text fields (those keep
 * their own undo); copy, paste, duplicate (Ctrl/Cmd+D), Delete/Backspace and C (Connect to…) act when focus is in the
 * canvas workspace, so they never steal keys from the panels.
 */
export function useCanvasShortcuts(
  workspace: RefObject<HTMLElement | null>,
  commands: CanvasCommands,
  openConnect: () => void,
  /** Embeds: no editing keys at all. */
  enabled = true,
) {
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextField(e.target) || document.querySelector('dialog[open]')) return
      const mod = e.ctrlKey || e.metaKey
      const key = e.key.toLowerCase()
      if (mod && key === 'z') {
        e.preventDefault()
        if (e.shiftKey) commands.redo()
        else commands.undo()
        return
      }
      if (e.ctrlKey && !e.metaKey && key === 'y') {
        e.preventDefault()
        commands.redo()
        return
      }
      const inWorkspace =
        workspace.current?.contains(document.activeElement) || document.activeElement === document.body
      if (!inWorkspace || e.altKey) return
      if (mod && key === 'c') commands.copy()
      else if (mod && key === 'v') commands.paste()
      else if (mod && key === 'd') {
        e.preventDefault()
        commands.duplicate()
      } else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) {
        e.preventDefault()
        commands.removeSelection()
      } else if (!mod && !e.shiftKey && key === 'c') {
        e.preventDefault()
        openConnect()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [workspace, commands, openConnect, enabled])
}
