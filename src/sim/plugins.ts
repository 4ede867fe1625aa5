import type { Kernel } from './kernel.ts'
import { installPollers } from './pollers/index.ts'

/**
 * Installers for polled sources. Each is called once per run, after the functions are installed and before traffic
 * starts; it registers ingest handlers / message sinks for the nodes it handles (see README.md).
 * The pollers helper adds its installer here (e.g. `installPollers` from ./pollers/index.ts).
 */
export type SourcePlugin = (k: Kernel) => void

export const SOURCE_PLUGINS: SourcePlugin[] = [installPollers]
