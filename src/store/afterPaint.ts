/**
 * Runs `run` once the page has painted its current frame: a frame, then a task (an animation-frame callback runs
 * before that frame's paint, a task queued from it runs after). What the first frame must not wait for — chunks, the
 * rest of English, the autosave's full check — is started this way (#16). Where nothing paints (no
 * requestAnimationFrame), a task. Returns a cancel.
 */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    if (timer !== undefined) clearTimeout(timer)
  }
}
