import type { Issue } from '../../model'
import { parseScenarioText } from './parseText'

/** The worker's global, typed narrowly (the app is built with the DOM lib, not the webworker one). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; input: string | Blob }>) => void) | null
  postMessage: (message: unknown) => void
}

/** Worker entry: parses imported text away from the main thread so a huge or hostile file cannot freeze the app. */
scope.onmessage = async (e) => {
  const { id, input } = e.data
  try {
    // A picked file arrives as a Blob handle: even decoding its text happens here, not on the page.
    const text = typeof input === 'string' ? input : await input.text()
    scope.postMessage({ id, result: parseScenarioText(text) })
  } catch {
    // An async handler's failure reaches no onerror: answer anyway, or the dialog says "Reading…" for good (a result
    // too deep to post threw here, uncaught). The answer is small and always posts.
    const issue: Issue = {
      path: '(document)',
      code: 'file.unreadable',
      message: 'The file could not be read.',
      severity: 'error',
    }
    scope.postMessage({ id, result: { ok: false, total: 1, issues: [issue] } })
  }
}
