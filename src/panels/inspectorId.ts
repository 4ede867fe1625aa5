/**
 * The inspector's id, for the header's toggle (aria-controls): its own module, so the header does not pull the panel.
 */
export const INSPECTOR_ID = 'inspector'
