/** The page's localStorage, or null where reading it throws (a sandboxed iframe, storage blocked by the browser). */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** Now, as a storage-key suffix for work set aside (no ':' or '.'). */
export function setAsideStamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-')
}
