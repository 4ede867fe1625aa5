import type { NodeType } from '../model'
import { PALETTE_GROUPS } from './paletteGroups'

/** Every type a palette drop may carry (anything else in a drop is ignored). */
export const PALETTE_TYPES: ReadonlySet<NodeType> = new Set(PALETTE_GROUPS.flatMap((g) => g.types))
