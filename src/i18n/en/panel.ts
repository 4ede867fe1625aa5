export const panel = {
  label: 'Inspector',
  title: 'Inspector',
  close: 'Close the inspector',
  nothingSelected: 'Nothing selected',
  nothingSelectedHint: 'Select a node or a connection to see its settings and what AWS will do with it.',
} as const
