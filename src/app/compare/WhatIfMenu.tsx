import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { formatSimTime } from '../../animation/formatSimTime'
import type { AppStore } from '../../store/createAppStore'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { MenuButton } from '../MenuButton'
import { useSweepDialog } from '../../panels/sweep/SweepButton'

type Item = 'fork' | 'eras' | 'sweep'
const ITEMS: readonly Item[] = ['fork', 'eras', 'sweep']
const selectComparing = (s: AppStore) => s.compare !== null
const selectPosition = (s: AppStore) => s.positionMs

/**
 * The header's "What if…?" (#19): fork the run at the playhead, or compare eras. Each item says in one line what it
 * does. Hidden while a comparison is open (its strip has the ways out).
 */
export function WhatIfMenu() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const comparing = useAppStore(selectComparing)
  const positionMs = useAppStore(selectPosition)
  const buttonRef = useRef<HTMLButtonElement>(null)
  // Sweep one setting across a range (panels/sweep): a dialog of its own.
  const sweep = useSweepDialog(buttonRef)
  if (comparing) return sweep.dialog
  return (
    <div className="file-menu whatif-menu">
      <MenuButton
        listId="whatif-menu-list"
        label={t('fork.menu')}
        items={ITEMS}
        itemLabel={(item) =>
          item === 'fork'
            ? t('fork.forkHere', { time: formatSimTime(positionMs) })
            : item === 'eras'
              ? t('fork.compareEras')
              : t('sweep.open')
        }
        onRun={(item) =>
          item === 'fork'
            ? store.getState().startFork()
            : item === 'eras'
              ? store.getState().compareEras()
              : sweep.open()
        }
        keepsFocus={() => true}
        buttonRef={buttonRef}
        listClassName="share-menu__list"
      />
      {sweep.dialog}
    </div>
  )
}
