/**
 * The header's Share menu and what it says, part of the share area (share.ts spreads them in): their own module
 * because the editor's first frame shows it and not the embed's words (firstFrame.ts, #16).
 */
export const shareMenu = {
  menu: 'Share',
  copyLink: 'Copy link',
  copyEmbed: 'Copy embed code…',
  exportSvg: 'Export picture (SVG)',
  exportPng: 'Export picture (PNG)',
  exportLight: 'light',
  exportDark: 'dark',
  linkCopied: 'Link copied: it opens this scenario at {{time}} with the same selection and panel.',
  linkReady: 'Your browser did not allow copying: select the link below and copy it.',
  linkLabel: 'Link to this view',
  linkTooLong:
    'This scenario is too large for a link ({{length}} characters; the limit is {{limit}}). Save it as a file instead.',
  exported: 'Saved {{name}}.',
  close: 'Close',
} as const
