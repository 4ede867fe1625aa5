/** Connecting nodes: the role menu, the keyboard "Connect to…" dialog and the reasons a connection is refused. */
export const connect = {
  menuTitle: 'What is {{to}} for this function?',
  cancel: 'Cancel',
  dialogTitle: 'Connect {{from}} to…',
  dialogHint: 'Only connections AWS allows are listed.',
  noTargets: 'Nothing on the canvas can be connected from here yet.',
  close: 'Close',
  option: '{{to}} — {{role}}',
  connected: 'Connected {{from}} to {{to}} as {{role}}.',
  refusedTitle: 'Not connected',
  noticeTitle: 'Connected, but note',
  refs: 'AWS Lambda reference {{ref}}',
  dismiss: 'Dismiss',
  /**
   * The store's own refusals while connecting (codes with "." written as "_"); every rule of the model reads its one
   * sentence from issues.text. {{from}} and {{to}} are service names.
   */
  reason: {
    edge_duplicate: 'These two are already connected this way.',
    edge_selfLoop: 'A node cannot be connected to itself.',
    edge_noRole:
      '{{from}} → {{to}} is not a connection Lambda makes: wire sources into a function, and a function out to its DLQ or destinations.',
    edge_joinByNesting: 'A function joins a {{to}} by being placed inside it: drag it into the box.',
    edge_unknownNode: 'That node no longer exists.',
    edge_roleNeeded: 'Choose what this connection is.',
  },
} as const
