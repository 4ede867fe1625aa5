export const faults = {
  menuLabel: 'Inject at {{time}} into {{target}}',
  failNext: 'Fail the next {{count}} invocations',
  failAlways: 'Fail every invocation',
  timeout: 'Run past the timeout',
  throttle: 'Throttle (reserved concurrency 0)',
  recover: 'Recover (end every fault)',
  poisonRecord: 'Add a poison record',
  sendEvent: 'Send an event now',
  revokePermission: 'Revoke the permission ({{permission}})',
  nothing: 'Nothing to inject here',
  close: 'Close',
  hint: 'Right-click, or Shift+F10 on a focused node or wire, to inject a fault while playing',
} as const
