export const drawer = {
  label: 'Trace panels',
  tabs: 'Trace views',
  log: 'Log',
  timeline: 'Timeline',
  metrics: 'Metrics',
  collapse: 'Collapse the panels',
  expand: 'Expand the panels',
  resize: 'Resize the panels',
  noRun: 'Fix the scenario’s errors to see what happens.',
} as const
