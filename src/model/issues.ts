import type { IssueCode, IssueParamsOf } from './issueCodes.ts'

/**
 * A problem found in a scenario document. `code` is stable (the UI translates it by code); `message` is plain English
 * (CLI, docs, tests); `params` carries every value the sentence names (ids, numbers with their unit in the name), so a
 * translation can say it in its own words; `path` is a JSON path such as `nodes[2].config.timeoutMs`; `ref` names the
 * reference section when AWS is the reason. `code` stays a string: the app adds its own (file.*, example.*…).
 */
export interface Issue {
  path: string
  code: string
  message: string
  severity: 'error' | 'warning'
  params?: Record<string, string | number>
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

/** A code whose sentence names no value takes no params; any other must be given exactly the values it names. */
export type IssueDetail<C extends IssueCode> = { ref?: string } & (keyof IssueParamsOf<C> extends never
  ? { params?: undefined }
  : { params: IssueParamsOf<C> })

type DetailArg<C extends IssueCode> = keyof IssueParamsOf<C> extends never
  ? [detail?: IssueDetail<C>]
  : [detail: IssueDetail<C>]

function issue<C extends IssueCode>(
  severity: Issue['severity'],
  path: readonly PathPart[],
  code: C,
  message: string,
  detail?: IssueDetail<C>,
): Issue {
  const out: Issue = { path: formatPath(path), code, message, severity }
  if (detail?.params) out.params = detail.params
  if (detail?.ref) out.ref = detail.ref
  return out
}

export function error<C extends IssueCode>(
  path: readonly PathPart[],
  code: C,
  message: string,
  ...detail: DetailArg<C>
): Issue {
  return issue('error', path, code, message, detail[0])
}

export function warning<C extends IssueCode>(
  path: readonly PathPart[],
  code: C,
  message: string,
  ...detail: DetailArg<C>
): Issue {
  return issue('warning', path, code, message, detail[0])
}

/** A refused wiring (connectionRule, whose params were checked where it was made) as an error at `path`. */
export function refusalIssue(
  path: readonly PathPart[],
  verdict: { code: IssueCode; message: string; ref: string; params?: Record<string, string | number> },
): Issue {
  const out: Issue = { path: formatPath(path), code: verdict.code, message: verdict.message, severity: 'error' }
  if (verdict.params) out.params = verdict.params
  out.ref = verdict.ref
  return out
}
