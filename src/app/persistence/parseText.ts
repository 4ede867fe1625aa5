import { parseScenarioJson } from '../../model'
import { firstIssues, MAX_IMPORT_BYTES, tooLargeIssue, type ImportResult } from './codec'

/**
 * Text → scenario with every problem located. Pure and synchronous: callers run it off the main thread
 * (parseOffThread.ts). Its own module, not codec.ts: the editor's first frame uses codec.ts, and this pulls in the
 * schema (zod, #16). The size is measured in UTF-16 units, an upper bound a file's byte size was already checked by.
 */
export function parseScenarioText(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, issues: [tooLargeIssue(text.length)], total: 1 }
  if (text.trim() === '')
    return {
      ok: false,
      issues: [{ path: '(document)', code: 'file.empty', message: 'The file is empty.', severity: 'error' }],
      total: 1,
    }
  const r = parseScenarioJson(text)
  if (r.ok) return r
  return { ok: false, ...firstIssues(r.issues) }
}
