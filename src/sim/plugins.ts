import type { FunctionHost } from './functions/host.ts'
import type { Kernel } from './kernel.ts'

/**
 * An extra polled-source installer for one run (tests): called after the functions, push delivery and the built-in
 * pollers are installed and before traffic starts; it registers ingest handlers / message sinks on the kernel.
 */
export type SourcePlugin = (k: Kernel, fns: FunctionHost) => void
