/** Long runs, budgets, crashed panels and other tabs (issue #13). */
export const safety = {
  run: {
    simulating: 'Simulating… {{percent}}% ({{events}} events so far)',
    simulatingStart: 'Simulating…',
    engineUnavailable:
      'The simulator could not be loaded (offline?). It is fetched again when the connection is back or the scenario changes.',
    firstPart: 'Showing the first part while the rest is simulated: {{percent}}% done.',
    progressLabel: 'Simulation progress',
    stoppedEvents:
      'Stopped at {{limit}} events: shorten the run or lower the traffic. The part simulated (to {{time}}) is shown.',
    stoppedTrace:
      'Stopped at {{limit}} trace entries: shorten the run or lower the traffic. The part simulated (to {{time}}) is shown.',
  },
  boundary: {
    title: 'The {{area}} stopped working',
    detail: 'Something went wrong while showing it; the rest of the app and your scenario are fine.',
    error: 'What broke: {{message}}',
    retry: 'Try again',
    reload: 'Reload the scenario',
    copy: 'Copy a report',
    copied: 'Report copied.',
    areas: {
      canvas: 'canvas',
      inspector: 'inspector',
      playback: 'playback bar',
      drawer: 'trace drawer',
      lesson: 'lesson player',
      app: 'app',
    },
  },
  tabs: {
    newer: 'Another tab saved a newer version of this scenario.',
    load: 'Load it',
    keep: 'Keep mine',
    keptMine: 'This tab keeps its own version; saving here is paused until you choose.',
  },
} as const
