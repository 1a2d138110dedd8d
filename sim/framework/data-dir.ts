import { fileURLToPath } from 'node:url'

/** `data/sim/` at the repository root (git-ignored): generated certificates and keys live there. */
export const DEFAULT_SIM_DATA_DIR = fileURLToPath(new URL('../../data/sim/', import.meta.url))
