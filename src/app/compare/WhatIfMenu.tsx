import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { formatSimTime } from '../../animation/formatSimTime'
import type { AppStore } from '../../store/createAppStore'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { MenuButton } from '../MenuButton'

type Item = 'fork' | 'eras'
const ITEMS: readonly Item[] = ['fork', 'eras']
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
  if (comparing) return null
  return (
    <div className="file-menu whatif-menu">
      <MenuButton
        listId="whatif-menu-list"
        label={t('fork.menu')}
        items={ITEMS}
        itemLabel={(item) => (item === 'fork' ? t('fork.forkHere', { time: formatSimTime(positionMs) }) : t('fork.compareEras'))}
        onRun={(item) => (item === 'fork' ? store.getState().startFork() : store.getState().compareEras())}
        keepsFocus={() => true}
        buttonRef={buttonRef}
        listClassName="share-menu__list"
      />
    </div>
  )
}
