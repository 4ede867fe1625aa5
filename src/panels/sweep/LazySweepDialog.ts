import { lazy } from 'react'
import { loadEnglish } from '../../i18n'

/** The sweep dialog in its own chunk: loaded the first time someone opens it (with the rest of English). */
export const LazySweepDialog = lazy(() => Promise.all([import('./SweepDialog'), loadEnglish()]).then(([m]) => m))
