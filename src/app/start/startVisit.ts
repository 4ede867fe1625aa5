import type { Scenario } from '../../model'

const DISMISSED_KEY = 'lambdascope.start.dismissed.v1'

/** Whether the start page opens by itself: a first visit with no work to show (never over a link's scenario). */
export function showStartAtLaunch(opts: {
  fromLink: boolean
  restored: Scenario | null
  storage: Pick<Storage, 'getItem'> | null
}): boolean {
  if (opts.fromLink) return false
  if (opts.restored && opts.restored.nodes.length > 0) return false
  try {
    return opts.storage?.getItem(DISMISSED_KEY) !== '1'
  } catch {
    return true
  }
}

/** Once closed (or once work starts from it), the start page waits for the header's Learn / Examples. */
export function rememberStartDismissed(storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  try {
    storage?.setItem(DISMISSED_KEY, '1')
  } catch {
    // storage unavailable: it may show again next visit, which loses nothing
  }
}

export function safeStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
