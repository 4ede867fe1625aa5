import { useEffect, useState } from 'react'
import type { Scenario } from '../../model'
import type { AppStoreApi } from '../../store/createAppStore'
import { emptyScenario } from '../../store/scenarioDefaults'
import type { AutosaveLoad } from './autosave'
import { localStorageOrNull, setAsideStamp } from './browserStorage'
import { loadValidator } from './loadValidator'
import { afterPaint } from '../../store/afterPaint'

type SetAside = Extract<AutosaveLoad, { kind: 'setAside' }>

export interface AutosaveCheck {
  /** Nothing (left) to check: autosave may write. */
  done: boolean
  /** The document in the store when the check ended (null: there was nothing to check). */
  shown: Scenario | null
}

/**
 * The autosaved document shown after the cheap check only (`restored.unchecked`, autosaveShape.ts) is read with the
 * schema once the first frame is painted (the validator chunk). Should it fail, it is set aside exactly as a copy
 * refused at start (autosave.ts `setAsideAutosave`, the same banner through `onSetAside`) and the store opens the empty
 * document a start without it shows, with no undo step back to it.
 */
export function useAutosaveCheck(
  store: AppStoreApi,
  restored: AutosaveLoad,
  onSetAside: (setAside: SetAside) => void,
): AutosaveCheck {
  const unchecked = restored.kind === 'loaded' ? (restored.unchecked ?? null) : null
  // A link, an example or a benchmark opened instead: the copy is not shown, nothing to check (adoptOpened kept it
  // aside if it held work; the schema reads it if it is brought back: KeptAsideNotice).
  const [shownAtStart] = useState(() => restored.kind === 'loaded' && store.getState().scenario === restored.scenario)
  const [check, setCheck] = useState<AutosaveCheck>({ done: unchecked === null || !shownAtStart, shown: null })
  useEffect(() => {
    if (unchecked === null || restored.kind !== 'loaded') return
    if (!shownAtStart) return
    let live = true
    const cancel = afterPaint(() => {
      if (!live) return
      const finish = (shown: Scenario) => {
        if (live) setCheck({ done: true, shown })
      }
      loadValidator().then(
        ({ readAutosaveText }) => {
          const storage = localStorageOrNull()
          if (!live || !storage) return finish(restored.scenario)
          const read = readAutosaveText(storage, unchecked, setAsideStamp())
          if (read.kind !== 'setAside') return finish(restored.scenario)
          store.getState().openDocument(emptyScenario())
          store.temporal.getState().clear()
          onSetAside(read)
          finish(store.getState().scenario)
        },
        // The chunk did not arrive (offline before it was cached): the copy is our own writing, keep saving it.
        () => finish(restored.scenario),
      )
    })
    return () => {
      live = false
      cancel()
    }
  }, [store, restored, unchecked, onSetAside, shownAtStart])
  return check
}
