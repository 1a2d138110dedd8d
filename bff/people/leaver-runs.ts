import { randomUUID } from 'node:crypto'
import type { IdentityLeaverAction, LeaverRun, LeaverStep } from '../../contract/people'
import { ApiError } from '../http/api-error'
import type { LeaverFacts } from './leaver-facts'
import { LEAVER_STEPS, type LeaverStepContext } from './leaver-steps'

/** A run as the BFF keeps it between its first pass and its retries. */
export interface HeldLeaverRun {
  runId: string
  tenantId: string
  userId: string
  operatorId: string
  identityAction: IdentityLeaverAction
  steps: LeaverStep[]
  attempt: number
  heldUntil: number
}

/** Long enough for an operator to look into a failure and retry; a run is not a record (the audit log is). */
const HOLD_MS = 60 * 60_000
const RUNNABLE = new Set<LeaverStep['state']>(['planned', 'failed', 'blocked'])
const FINISHED = new Set<LeaverStep['state']>(['done', 'already-done', 'not-applicable'])

export const isComplete = (steps: readonly LeaverStep[]) => steps.every((entry) => FINISHED.has(entry.state))

/**
 * Runs in this BFF's memory, per app instance. After a restart a retry finds no run: the plan
 * is read again from the vendors, where steps that took effect show as already done.
 */
export function createLeaverRunStore(now: () => Date) {
  const runs = new Map<string, HeldLeaverRun>()
  const sweep = () => {
    for (const [id, run] of runs) if (run.heldUntil < now().getTime()) runs.delete(id)
  }
  return {
    start(fields: Omit<HeldLeaverRun, 'runId' | 'attempt' | 'heldUntil'>): HeldLeaverRun {
      sweep()
      const run: HeldLeaverRun = { ...fields, runId: randomUUID(), attempt: 0, heldUntil: now().getTime() + HOLD_MS }
      runs.set(run.runId, run)
      return run
    },
    find(runId: string, tenantId: string, userId: string): HeldLeaverRun {
      sweep()
      const run = runs.get(runId)
      if (!run || run.tenantId !== tenantId || run.userId !== userId) {
        throw new ApiError(404, 'not_found', 'The console no longer holds this run (it ended over an hour ago, or the console restarted). Review the plan again: steps that took effect show as already done.')
      }
      return run
    },
  }
}
export type LeaverRunStore = ReturnType<typeof createLeaverRunStore>

/**
 * One pass over a run: every step still to do is planned again from fresh facts and, if it can
 * run, runs; done and already-done steps are never repeated. Steps run one after another so the
 * report reads in order and a failure names exactly what did not happen.
 */
export async function runLeaverPass(
  run: HeldLeaverRun,
  facts: LeaverFacts,
  reason: string,
  options: { requestId?: string; now: () => Date; onUnexpected?: (step: string, error: unknown) => void },
): Promise<LeaverRun> {
  const { requestId, now, onUnexpected } = options
  const context: LeaverStepContext = { facts, identityAction: run.identityAction, reason, ...(requestId ? { requestId } : {}) }
  const previous = new Map(run.steps.map((entry) => [entry.id, entry]))
  const steps: LeaverStep[] = []
  for (const definition of LEAVER_STEPS) {
    const before = previous.get(definition.id)
    if (before && !RUNNABLE.has(before.state)) {
      steps.push(before)
      continue
    }
    const planned = definition.plan(context)
    if (planned.state !== 'planned') {
      steps.push(planned)
      continue
    }
    try {
      await definition.run(context)
      steps.push({ ...planned, state: 'done', message: null })
    } catch (error) {
      // Any failure stays with its step, so the pass is still reported and audited as a whole.
      onUnexpected?.(definition.id, error)
      steps.push({ ...planned, state: 'failed', message: error instanceof ApiError ? error.message : 'The step failed inside the console; the BFF log has the details.' })
    }
  }
  run.steps = steps
  run.attempt += 1
  run.heldUntil = now().getTime() + HOLD_MS
  return { runId: run.runId, userId: run.userId, steps, attempt: run.attempt, finishedAt: now().toISOString(), complete: isComplete(steps) }
}

/** The checklist as it would run now, before anything changes. */
export function planLeaver(facts: LeaverFacts, identityAction: IdentityLeaverAction): LeaverStep[] {
  const context: LeaverStepContext = { facts, identityAction, reason: '' }
  return LEAVER_STEPS.map((definition) => definition.plan(context))
}
