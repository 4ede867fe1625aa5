import { lazyPanel } from '../lazyPanel'

// The tabs' contents are their own chunks (the first frame shows the drawer as a tab bar): the bar never waits for
// them.
export const EventLog = lazyPanel(() => import('../eventLog/EventLog').then((m) => m.EventLog))
export const Timeline = lazyPanel(() => import('../timeline/Timeline').then((m) => m.Timeline))
export const MetricsPanel = lazyPanel(() => import('../metrics/MetricsPanel').then((m) => m.MetricsPanel))
/** The selected event's statechart, with the view of the run it reads (sim/views `eventLifecycleAt`). */
export const SelectedEventChart = lazyPanel(() =>
  import('../stateMachine/SelectedEventChart').then((m) => m.SelectedEventChart),
)
/** Fetched when the page is idle after the first frame (App), so a tab opened later shows at once. */
export const DRAWER_PARTS = [EventLog, Timeline, MetricsPanel, SelectedEventChart] as const
