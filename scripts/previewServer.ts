/**
 * `vite preview` of dist/ on its own port for the benchmarks (never 4173, the e2e default): resolves once the page
 * answers, or kills the server and throws after 30 s.
 */
import { spawn, type ChildProcess } from 'node:child_process'

export async function startPreview(port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}`)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  server.kill()
  throw new Error(`vite preview did not start on port ${port}`)
}
