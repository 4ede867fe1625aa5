import { parseScenarioText } from './codec'

/** The worker's global, typed narrowly (the app is built with the DOM lib, not the webworker one). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; text: string }>) => void) | null
  postMessage: (message: unknown) => void
}

/** Worker entry: parses imported text away from the main thread so a huge or hostile file cannot freeze the app. */
scope.onmessage = (e) => {
  const { id, text } = e.data
  scope.postMessage({ id, result: parseScenarioText(text) })
}
