import { useMemo } from 'react'
import { useAppStore } from '../../store/useAppStore'
import type { Choice } from './fieldChoices'
import type { FieldSpec } from './fieldSpecs'

const NONE: readonly Choice[] = []

/**
 * A field's choices from the latest document. The selector returns a string, so a drag elsewhere (a new document every
 * frame) re-renders the field only when its choices really change.
 */
export function useChoices(spec: FieldSpec, selfId: string): readonly Choice[] {
  const text = useAppStore((s) => (spec.choices ? JSON.stringify(spec.choices(s.scenario, selfId)) : ''))
  return useMemo(() => (text ? (JSON.parse(text) as Choice[]) : NONE), [text])
}
