import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../framework/data-time'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { TIME_ZONES } from '../../framework/word-lists'
import { swsPolicyApplication, swsPolicyId, swsPolicyName } from './sws-policies'
import { swsUserSummary } from './sws-users'

// What a session is made of, derived from (seed, session index) alone. The session record and
// every one of its steps are computed from this plan, so step k never needs steps 0..k-1.

/** Named long sessions for the player and the bench; their ids are the same for every seed. */
export const SWS_LONG_SESSIONS = [
  { id: 'LongSession-10k-step', stepsCount: 10_000, fromEnd: 12, startsBeforeNow: 3 * DAY_MS, durationMs: 4 * HOUR_MS },
  { id: 'LongSession-25k-step', stepsCount: 25_000, fromEnd: 6, startsBeforeNow: 2 * DAY_MS, durationMs: 8 * HOUR_MS },
] as const

export type SwsLongSession = (typeof SWS_LONG_SESSIONS)[number]

const SESSION_WINDOW_MS = 90 * DAY_MS
const COLLECTION = 'sws.session'

export interface SwsSessionPlan {
  readonly index: number
  readonly id: string
  readonly long: SwsLongSession | null
  readonly startDatetime: number
  readonly stepsCount: number
  /** Mean time between steps. */
  readonly stepGapMs: number
  /** Still running at "data now": no end yet. */
  readonly open: boolean
  readonly policyIndex: number
  readonly application: { readonly id: string; readonly name: string; readonly host: string }
  readonly userIndex: number
  readonly tabIds: readonly string[]
  /** Steps per page visit: every page starts with a NavigatedTo step. */
  readonly pageLength: number
  readonly clientTimeZone: string
  readonly hasStepRecording: boolean
}

export function longSessionAt(options: SimDataOptions, index: number): SwsLongSession | null {
  const size = options.profile.sws.sessions
  return SWS_LONG_SESSIONS.find((long) => size - long.fromEnd === index) ?? null
}

export function swsSessionId(options: SimDataOptions, index: number): string {
  const long = longSessionAt(options, index)
  // Elasticsearch-style 20-character ids, like "vOeneIgB-6mTxsm_mIR8".
  return long ? long.id : options.seed.rng(COLLECTION, 'id', index).base64url(20)
}

/** Step count without building the plan: a skewed distribution around the profile's mean. */
export function swsSessionStepsCount(options: SimDataOptions, index: number): number {
  const long = longSessionAt(options, index)
  if (long) return long.stepsCount
  const mean = options.profile.sws.meanStepsPerSession
  const u = options.seed.unit(COLLECTION, 'steps', index)
  return Math.min(Math.round(mean * 20), 1 + Math.floor(-Math.log(1 - u) * (mean - 1)))
}

export function swsSessionPlan(options: SimDataOptions, index: number): SwsSessionPlan {
  const { sessions, policies, users } = options.profile.sws
  const rng = options.seed.rng(COLLECTION, 'plan', index)
  const long = longSessionAt(options, index)
  const stepsCount = swsSessionStepsCount(options, index)
  const slot = SESSION_WINDOW_MS / sessions
  let startDatetime = Math.floor(options.dataNow - SESSION_WINDOW_MS + index * slot + rng.float() * slot * 0.9)
  let stepGapMs = rng.between(800, 6_000)
  if (long) {
    startDatetime = options.dataNow - long.startsBeforeNow
    stepGapMs = long.durationMs / long.stepsCount
  }
  const open = !long && startDatetime + stepsCount * stepGapMs > options.dataNow - MINUTE_MS
  // A running session has recorded only up to "data now".
  if (open) stepGapMs = Math.max(1, (options.dataNow - MINUTE_MS - startDatetime) / stepsCount)

  const policyIndex = rng.int(policies)
  const [, host] = swsPolicyApplication(policyIndex)
  return {
    index,
    id: swsSessionId(options, index),
    long,
    startDatetime,
    stepsCount,
    stepGapMs,
    open,
    policyIndex,
    application: { id: swsPolicyId(options, policyIndex), name: swsPolicyName(options, policyIndex), host },
    userIndex: rng.int(users),
    tabIds: Array.from({ length: long ? 4 : rng.between(1, 3) }, () => String(rng.between(100_000_000, 999_999_999))),
    pageLength: rng.between(6, 40),
    clientTimeZone: rng.pick(TIME_ZONES),
    hasStepRecording: long !== null || rng.chance(0.85),
  }
}

export function swsSessionUser(options: SimDataOptions, plan: SwsSessionPlan): { id: string; fullName: string; username: string } {
  return { ...swsUserSummary(options, plan.userIndex) }
}
