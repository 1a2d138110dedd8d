// Which SPS firmware the simulator pretends to be. The default behaves like 5.7/6.0 (seeds 003 and
// 004); a 7.x version switches on what changed there (sps.md §5, §11): a first change opens the
// transaction by itself, the transaction status moves under `body` with `commit_message`, and
// configuration and audit metas carry `remaining_seconds`.

export type SpsApiBehaviour = 'classic' | 'seven'

export interface SpsApiVersion {
  /** What `/api/info` reports, e.g. `6.0.7`. */
  readonly version: string
  readonly behaviour: SpsApiBehaviour
}

export const DEFAULT_SPS_VERSION = '6.0.7'
export const SPS_SEVEN_VERSION = '7.0.5'

/** Accepts a firmware version (`5.7.0`, `6.0.7`, `7.0.5`…) or the shorthand `7`. */
export function parseSpsVersion(text: string): SpsApiVersion {
  const trimmed = text.trim()
  const version = /^\d+$/.test(trimmed) ? (trimmed === '7' ? SPS_SEVEN_VERSION : `${trimmed}.0.0`) : trimmed
  const match = /^(\d+)\.(\d+)(\.\d+){0,2}$/.exec(version)
  const major = match ? Number(match[1]) : Number.NaN
  if (!match || major < 5 || major > 7) throw new Error(`unsupported SPS version "${text}" (5.x, 6.x or 7.x)`)
  return { version, behaviour: major >= 7 ? 'seven' : 'classic' }
}
