/**
 * English strings: the source of truth for message keys. Japanese (ja.ts) must have exactly the same keys;
 * a unit test and the type checker both fail when one is missing.
 */
export const en = {
  app: {
    name: 'Lambdascope',
    tagline: 'See how AWS Lambda invokes functions — and what happens when they fail.',
    skipToCanvas: 'Skip to canvas',
  },
  header: {
    language: 'Language',
    darkTheme: 'Dark theme',
  },
  canvas: {
    label: 'Architecture canvas',
    emptyTitle: 'Start by adding an event source',
    emptyBody: 'Drag S3, SQS, Kinesis or API Gateway from the palette, then connect it to a Lambda function.',
  },
  flow: {
    nodeHint: 'Press enter or space to select a node. Press delete to remove it and escape to cancel.',
    nodeKeyboardDisabled: 'Press enter or space to select a node. Use the arrow keys to move it. Press delete to remove it and escape to cancel.',
    movedSelection: 'Moved selected node {{direction}}. New position, x: {{x}}, y: {{y}}',
    edgeHint: 'Press enter or space to select a connection. Press delete to remove it and escape to cancel.',
    controls: 'Canvas controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Fit view',
    interactive: 'Lock or unlock the canvas',
    minimap: 'Mini map',
    handle: 'Connection point',
  },
  panel: {
    label: 'Inspector',
    title: 'Inspector',
    nothingSelected: 'Nothing selected',
    nothingSelectedHint: 'Select a node or a connection to see its settings and what AWS will do with it.',
  },
  playback: {
    label: 'Playback',
    play: 'Play',
    pause: 'Pause',
    stepBack: 'Step back',
    stepForward: 'Step forward',
    simTime: 'Simulated time',
    speed: 'Speed',
    idle: 'Nothing to play yet: wire a source to a function.',
  },
} as const
