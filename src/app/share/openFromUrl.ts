/**
 * What the page's URL asks to open at start-up: a share link (`#s=1.…`), a bundled example (`?example=`) or an inline
 * document (`?scenario=`). Whatever opens becomes a copy the user owns (issue #16): it is autosaved at once, the
 * earlier autosaved work is set aside (never dropped) when it differs, and the URL's scenario state is cleared, so a
 * reload shows the copy with its edits and New starts from nothing (adoptOpened.ts). This reader validates with the
 * schema: it is part of the validator chunk; the editor's start reads a bundled example without it (openAtStart.ts).
 */
import type { Issue, Scenario } from '../../model'
import { exampleFromSearch } from '../exampleFromUrl'
import type { LinkError } from '../persistence/LinkErrorBanner'
import { decodeShareHash, type ShareInput, type ShareView } from './shareLink'

export type UrlOpen =
  | { kind: 'none' }
  | { kind: 'ok'; source: 'link' | 'example'; scenario: Scenario; inputs: ShareInput[]; view: ShareView }
  | { kind: 'error'; error: LinkError }

export async function readUrl(search: string, hash: string): Promise<UrlOpen> {
  const link = await decodeShareHash(hash)
  if (link.kind === 'ok') return { kind: 'ok', source: 'link', ...link.state }
  if (link.kind === 'error') return { kind: 'error', error: { name: 'scenario', issues: link.issues } }
  const example = exampleFromSearch(search)
  if (example.kind === 'ok') return { kind: 'ok', source: 'example', scenario: example.scenario, inputs: [], view: {} }
  if (example.kind === 'error')
    return { kind: 'error', error: { name: example.name, issues: example.issues as Issue[] } }
  return { kind: 'none' }
}
