export const flow = {
  nodeHint: 'Press enter or space to select a node. Press delete to remove it and escape to cancel.',
  nodeKeyboardDisabled:
    'Press enter or space to select a node. Use the arrow keys to move it. Press delete to remove it and escape to cancel.',
  movedSelection: 'Moved selected node {{direction}}. New position, x: {{x}}, y: {{y}}',
  edgeHint: 'Press enter or space to select a connection. Press delete to remove it and escape to cancel.',
  controls: 'Canvas controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitView: 'Fit view',
  interactive: 'Lock or unlock the canvas',
  minimap: 'Mini map',
  handle: 'Connection point',
} as const
