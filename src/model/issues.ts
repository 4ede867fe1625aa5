/**
 * A problem found in a scenario document. `code` is stable (the UI translates it); `message` is plain English;
 * `path` is a JSON path such as `nodes[2].config.timeoutMs`; `ref` names the reference section when AWS is the reason.
 */
export interface Issue {
  path: string
  code: string
  message: string
  severity: 'error' | 'warning'
  ref?: string
}

export type PathPart = string | number

export function formatPath(parts: readonly PathPart[]): string {
  let out = ''
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`
    else out += out === '' ? p : `.${p}`
  }
  return out === '' ? '(document)' : out
}

export function error(path: readonly PathPart[], code: string, message: string, ref?: string): Issue {
  return ref ? { path: formatPath(path), code, message, severity: 'error', ref } : { path: formatPath(path), code, message, severity: 'error' }
}

export function warning(path: readonly PathPart[], code: string, message: string, ref?: string): Issue {
  return ref
    ? { path: formatPath(path), code, message, severity: 'warning', ref }
    : { path: formatPath(path), code, message, severity: 'warning' }
}
