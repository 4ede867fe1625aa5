import { useEffect, useRef } from 'react'
import { useReactFlow } from '@xyflow/react'
import { useAppStore } from '../store/useAppStore'

const selectViewFitSeq = (s: { viewFitSeq: number }) => s.viewFitSeq

/**
 * Frames the whole document when the store asks (`viewFitSeq`: a lesson put its scenario on the canvas, presenter
 * mode changed the canvas's size). After React Flow has adopted the new nodes and the new size (next frame).
 */
export function useFitOnRequest() {
  const flow = useReactFlow()
  const seq = useAppStore(selectViewFitSeq)
  const seen = useRef(seq)
  useEffect(() => {
    if (seq === seen.current) return
    seen.current = seq
    const id = requestAnimationFrame(() => void flow.fitView({ padding: 0.15, duration: 0 }))
    return () => cancelAnimationFrame(id)
  }, [seq, flow])
}
