import { lazy } from 'react'

/** The sweep dialog in its own chunk: loaded the first time someone opens it. */
export const LazySweepDialog = lazy(() => import('./SweepDialog'))
