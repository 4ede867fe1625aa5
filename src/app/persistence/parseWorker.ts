import { parseScenarioText } from './codec'

/** The worker's global, typed narrowly (the app is built with the DOM lib, not the webworker one). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; input: string | Blob }>) => void) | null
  postMessage: (message: unknown) => void
}

/** Worker entry: parses imported text away from the main thread so a huge or hostile file cannot freeze the app. */
scope.onmessage = async (e) => {
  const { id, input } = e.data
  // A picked file arrives as a Blob handle: even decoding its text happens here, not on the page.
  const text = typeof input === 'string' ? input : await input.text()
  scope.postMessage({ id, result: parseScenarioText(text) })
}
