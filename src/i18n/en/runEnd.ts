/**
 * How a run ended: the sentence for sim/views `pendingAtEnd` codes (the playback bar; the CLI says the same in
 * English).
 */
export const runEnd = {
  settledAfterTraffic: 'Traffic stops at {{traffic}}; the run goes on until all events settle ({{end}}).',
  stoppedAt: 'The run stops at {{end}}:',
  limitAt: 'The run reached its 30-day limit at {{end}}:',
  retry_one: '{{count}} event will retry at {{at}} — extend the run to see where it ends.',
  retry_other: '{{count}} events will retry, the first at {{at}} — extend the run to see where they end.',
  inFlight_one: '{{count}} event is still in flight; the next step is at {{at}} — extend the run.',
  inFlight_other: '{{count}} events are still in flight; the next step is at {{at}} — extend the run.',
  stuck_one: '{{count}} event is still waiting at {{end}}: nothing reads it (no consumer is wired).',
  stuck_other: '{{count}} events are still waiting at {{end}}: nothing reads them (no consumer is wired).',
  extend: 'Extend the run',
  extendHint: 'Removes “Stop the run at” from the scenario settings: the run goes on until every event has settled.',
} as const
