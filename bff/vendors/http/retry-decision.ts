/** What one attempt ended with: an answer, or no answer for a transport reason. */
export type AttemptOutcome = { status: number } | { failure: 'refused' | 'reset' | 'timeout' | 'untrusted' }

/**
 * DESIGN.md's retry rules. `retry-after-throttle`: any method, honouring Retry-After. `retry`:
 * safe to send again (never sent, or a read). `check-write`: a write whose effect is unknown —
 * read whether it took effect before sending again. `stop`: hand the outcome to the caller.
 */
export type RetryDecision = 'retry-after-throttle' | 'retry' | 'check-write' | 'stop'

/** Statuses on which a read is sent again: a 500 too, since repeating a read changes nothing. */
const RETRIED_READ_STATUSES = new Set([500, 502, 503, 504])

export function decideRetry(outcome: AttemptOutcome, isRead: boolean): RetryDecision {
  if ('status' in outcome) {
    if (outcome.status === 429) return 'retry-after-throttle'
    if (outcome.status < 500) return 'stop'
    if (isRead) return RETRIED_READ_STATUSES.has(outcome.status) ? 'retry' : 'stop'
    return 'check-write'
  }
  if (outcome.failure === 'refused') return 'retry'
  if (outcome.failure === 'untrusted') return 'stop'
  // A hung read is not retried: the caller asked for an answer within one timeout.
  if (outcome.failure === 'timeout') return isRead ? 'stop' : 'check-write'
  return isRead ? 'retry' : 'check-write'
}
