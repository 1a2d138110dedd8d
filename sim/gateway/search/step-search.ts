import type { GatewayData } from '../data/gateway-data'
import type { SwsStep } from '../data/sws-steps'
import { matchesAny, wildcardMatcher } from '../http/wildcard-search'

// The search behind `GET /v2-edge/sws/sessions/{id}/steps` and `GET /v2-edge/sws/recordings/{id}`.
// Steps are in time order and built on demand, so a time window is found by binary search and a
// page of it is built alone: a window deep inside a 25,000-step session costs a few dozen builds.

export interface StepSearch {
  readonly fromTime: number
  readonly toTime: number
  /** Step `type`s (the docs call the parameter activityTypes). */
  readonly types: readonly string[]
  readonly tabIds: readonly string[]
  readonly isFlagged?: boolean
  readonly freeSearch?: string
  readonly offset: number
  readonly limit: number
}

export interface StepPage {
  readonly steps: SwsStep[]
  readonly totalCount: number
}

const SCAN_CHUNK = 1_000

function stepAt(data: GatewayData, sessionId: string, index: number): SwsStep {
  return (data.steps(sessionId, index, 1) as SwsStep[])[0] as SwsStep
}

/** The first step index in [0, count] whose datetime passes `after`. */
function firstIndex(data: GatewayData, sessionId: string, count: number, after: (datetime: number) => boolean): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >>> 1
    if (after(stepAt(data, sessionId, middle).datetime)) high = middle
    else low = middle + 1
  }
  return low
}

/** Undefined when the session does not exist. */
export function searchSteps(data: GatewayData, sessionId: string, search: StepSearch): StepPage | undefined {
  const session = data.sessions.get(sessionId)
  if (!session) return undefined
  const count = data.sessionPlan(sessionId) ? session.stepsCount : 0
  const start = search.fromTime > 0 ? firstIndex(data, sessionId, count, (datetime) => datetime >= search.fromTime) : 0
  const end = Number.isFinite(search.toTime) ? firstIndex(data, sessionId, count, (datetime) => datetime > search.toTime) : count
  const inWindow = Math.max(0, end - start)

  const types = search.types.length > 0 ? new Set(search.types) : null
  const tabIds = search.tabIds.length > 0 ? new Set(search.tabIds) : null
  const text = search.freeSearch === undefined ? null : wildcardMatcher(search.freeSearch)
  const filtered = types !== null || tabIds !== null || text !== null || search.isFlagged !== undefined
  if (!filtered) {
    const from = start + search.offset
    const take = Math.max(0, Math.min(search.limit, end - from))
    return { steps: take > 0 ? (data.steps(sessionId, from, take) ?? []) : [], totalCount: inWindow }
  }

  const keep = (step: SwsStep): boolean =>
    (types === null || types.has(step.type)) &&
    (tabIds === null || tabIds.has(step.tabId)) &&
    (search.isFlagged === undefined || (step.flag !== null) === search.isFlagged) &&
    (text === null || matchesAny(text, [step.url, step.windowTitle, step.elementText, step.elementValue]))
  const steps: SwsStep[] = []
  let totalCount = 0
  for (let from = start; from < end; from += SCAN_CHUNK) {
    for (const step of data.steps(sessionId, from, Math.min(SCAN_CHUNK, end - from)) ?? []) {
      if (!keep(step)) continue
      if (totalCount >= search.offset && steps.length < search.limit) steps.push(step)
      totalCount++
    }
  }
  return { steps, totalCount }
}
