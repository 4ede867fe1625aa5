import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResolvedScenario } from '../../model'
import type { SimResult } from '../../sim'
import type { AppStore } from '../../store/createAppStore'
import type { PanelView } from '../../store/uiSlice'
import { selectPlaybackRun, selectPositionMs, selectSelectedEventId } from '../../store/playback/selectors'
import { useAppStore } from '../../store/useAppStore'
import { selectLessonHighlights, selectLessonStep } from '../../store/lessonSelectors'
import { drawerTabOf } from '../lessons/highlightText'
import { EventLog, MetricsPanel, SelectedEventChart, Timeline } from './drawerParts'
import { tabPanelProps } from './tabPanel'
import { Tabs } from './Tabs'
import { useDrawerSize } from './useDrawerSize'
import './drawer.css'
import { displayNames } from '../narration/displayNames'
import { translatorOf } from '../narration/translate'

type TabId = 'log' | 'timeline' | 'metrics'
const TAB_IDS: readonly TabId[] = ['log', 'timeline', 'metrics']
const ID = 'trace-drawer'
const selectSelectEvent = (s: AppStore) => s.selectEvent
const selectPanel = (s: AppStore) => s.panel
const selectSetPanel = (s: AppStore) => s.setPanel

export interface TraceDrawerViewProps {
  result: SimResult | null
  scenario?: ResolvedScenario
  nowMs: number
  selectedEventId: string | null
  onSelect: (eventId: string | null) => void
  /** Which tab is open ('closed' = collapsed) at first, and told of every change (share links carry it). */
  panel?: PanelView
  onPanel?: (panel: PanelView) => void
  /** Open this tab whenever `key` changes (a lesson step pointing at a shard lane or a log line). */
  reveal?: { tab: TabId; key: string } | null
}

/**
 * The bottom drawer above the playback bar: Log, Timeline and Metrics tabs, resizable and collapsible; the statechart
 * of the selected event opens beside them as a side sheet. Pure props: the store wiring is `TraceDrawer`.
 */
export function TraceDrawerView({
  result,
  scenario,
  nowMs,
  selectedEventId,
  onSelect,
  panel = 'closed',
  onPanel,
  reveal = null,
}: TraceDrawerViewProps) {
  const { t, i18n } = useTranslation()
  const eventName = displayNames(scenario, translatorOf(i18n, i18n.language)).event
  const [tab, setTab] = useState<TabId>(panel === 'closed' ? 'log' : panel)
  const size = useDrawerSize(260, panel === 'closed')
  const { collapsed, setCollapsed } = size
  useEffect(() => onPanel?.(collapsed ? 'closed' : tab), [collapsed, tab, onPanel])
  useEffect(() => {
    if (selectedEventId !== null) setCollapsed(false)
  }, [selectedEventId, setCollapsed])
  // A new reveal switches the tab while rendering (React's "adjust state when a prop changes"), then opens the drawer.
  const revealKey = reveal?.key ?? null
  const [revealed, setRevealed] = useState<string | null>(null)
  if (reveal !== null && revealKey !== revealed) {
    setRevealed(revealKey)
    setTab(reveal.tab)
  }
  useEffect(() => {
    if (revealKey !== null) setCollapsed(false)
  }, [revealKey, setCollapsed])
  return (
    <section
      className={`trace-drawer${collapsed ? ' is-collapsed' : ''}`}
      aria-label={t('drawer.label')}
      style={collapsed ? undefined : { height: size.heightPx }}
    >
      <div
        className="trace-drawer__grip"
        role="separator"
        aria-orientation="horizontal"
        aria-label={t('drawer.resize')}
        aria-valuemin={0}
        aria-valuemax={size.maxPx()}
        aria-valuenow={collapsed ? 0 : size.heightPx}
        tabIndex={0}
        {...size.separator}
      />
      <div className="trace-drawer__bar">
        <Tabs
          idPrefix={ID}
          label={t('drawer.tabs')}
          tabs={TAB_IDS.map((id) => ({ id, label: t(`drawer.${id}`) }))}
          selected={tab}
          onSelect={(id) => {
            setTab(id)
            setCollapsed(false)
          }}
        />
        <button
          type="button"
          className="button button--icon trace-drawer__toggle"
          aria-expanded={!collapsed}
          aria-controls={`${ID}-body`}
          onClick={() => setCollapsed(!collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '▴' : '▾'}</span>
          <span className="visually-hidden">{collapsed ? t('drawer.expand') : t('drawer.collapse')}</span>
        </button>
      </div>
      <div id={`${ID}-body`} className="trace-drawer__body" hidden={collapsed}>
        {result === null ? (
          <p className="trace-drawer__norun">{t('drawer.noRun')}</p>
        ) : (
          <>
            {TAB_IDS.map((id) => (
              <div key={id} className="trace-drawer__panel" {...tabPanelProps(ID, id)} hidden={id !== tab}>
                {id === tab && id === 'log' && (
                  <EventLog
                    result={result}
                    scenario={scenario}
                    nowMs={nowMs}
                    selectedEventId={selectedEventId}
                    onSelect={onSelect}
                  />
                )}
                {id === tab && id === 'timeline' && (
                  <Timeline
                    result={result}
                    scenario={scenario}
                    nowMs={nowMs}
                    selectedEventId={selectedEventId}
                    onSelect={onSelect}
                  />
                )}
                {id === tab && id === 'metrics' && <MetricsPanel result={result} scenario={scenario} nowMs={nowMs} />}
              </div>
            ))}
            {selectedEventId !== null && (
              <aside
                className="trace-drawer__sheet"
                aria-label={t('stateMachine.label', { event: eventName(selectedEventId) })}
              >
                <div className="trace-drawer__sheet-head">
                  <h2 className="trace-drawer__sheet-title">
                    {t('stateMachine.label', { event: eventName(selectedEventId) })}
                  </h2>
                  <button type="button" className="button button--icon" onClick={() => onSelect(null)}>
                    <span aria-hidden="true">✕</span>
                    <span className="visually-hidden">{t('stateMachine.close')}</span>
                  </button>
                </div>
                <SelectedEventChart
                  result={result}
                  scenario={scenario}
                  eventId={selectedEventId}
                  nowMs={nowMs}
                  notYet={t('stateMachine.notYet', { event: eventName(selectedEventId) })}
                />
              </aside>
            )}
          </>
        )}
      </div>
    </section>
  )
}

/** The drawer wired to the playback slice (the derived run, the position, the selected event). */
export function TraceDrawer() {
  const run = useAppStore(selectPlaybackRun)
  const nowMs = useAppStore(selectPositionMs)
  const selectedEventId = useAppStore(selectSelectedEventId)
  const selectEvent = useAppStore(selectSelectEvent)
  // The store's panel is read once (the drawer owns its state after that) and kept told.
  const panel = useAppStore(selectPanel)
  const [initialPanel] = useState(panel)
  const setPanel = useAppStore(selectSetPanel)
  // A lesson step that points at a shard lane or a log line opens the tab they are in.
  const highlights = useAppStore(selectLessonHighlights)
  const step = useAppStore(selectLessonStep)
  const tab = drawerTabOf(highlights)
  const reveal = useMemo(() => (tab !== null && step ? { tab, key: step.id } : null), [tab, step])
  return (
    <TraceDrawerView
      result={run.ok ? run.result : null}
      scenario={run.ok ? run.resolved : undefined}
      nowMs={nowMs}
      selectedEventId={selectedEventId}
      onSelect={selectEvent}
      panel={initialPanel}
      onPanel={setPanel}
      reveal={reveal}
    />
  )
}
