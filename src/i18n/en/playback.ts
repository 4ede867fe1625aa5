export const playback = {
  label: 'Playback',
  play: 'Play',
  pause: 'Pause',
  stepBack: 'Step back',
  stepForward: 'Step forward',
  simTime: 'Simulated time',
  speed: 'Speed',
  idle: 'Nothing to play yet: wire a source to a function.',
} as const
