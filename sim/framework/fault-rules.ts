import { z } from 'zod'

// Fault injection is configuration: a list of rules, each scoped to some requests. Which of the
// matching requests a rule hits is decided by a counter, not by chance, so a test that sets
// `share: 0.5` knows that exactly every second matching request fails.

const scope = {
  /** Only requests whose path starts with this (case-insensitive). */
  pathPrefix: z.string().min(1).optional(),
  /** Only requests with this method (case-insensitive). */
  method: z.string().min(1).optional(),
  /** Share of matching requests hit, 0..1: the 1st, then evenly spread (share 0.25 → 1st, 5th, 9th…). */
  share: z.number().min(0).max(1).default(1),
  /** Stop after hitting this many requests. */
  times: z.number().int().positive().optional(),
}

export const faultRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('latency'), latencyMs: z.number().int().min(0).max(600_000), ...scope }),
  z.strictObject({
    kind: z.literal('too-many-requests'),
    retryAfterSeconds: z.number().int().min(0).max(86_400).default(1),
    ...scope,
  }),
  z.strictObject({
    kind: z.literal('server-error'),
    status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).default(503),
    retryAfterSeconds: z.number().int().min(0).max(86_400).optional(),
    ...scope,
  }),
  /** Destroys the socket without answering. */
  z.strictObject({ kind: z.literal('drop-connection'), ...scope }),
  /** Never answers, until the client gives up or the simulator is reset or closed. */
  z.strictObject({ kind: z.literal('hang'), ...scope }),
  /** Expires every issued token just before the matching request is handled. */
  z.strictObject({ kind: z.literal('expire-tokens'), ...scope }),
])

export type FaultRuleInput = z.input<typeof faultRuleSchema>
export type FaultRule = z.output<typeof faultRuleSchema>
export type FaultKind = FaultRule['kind']

export interface FaultRuleState {
  readonly id: string
  readonly rule: FaultRule
  /** Requests that matched the scope. */
  readonly matched: number
  /** Requests the fault was applied to. */
  readonly hits: number
}

export type TerminalFault = Extract<FaultRule, { kind: 'too-many-requests' | 'server-error' | 'drop-connection' | 'hang' }>

export interface FaultDecision {
  readonly latencyMs: number
  readonly expireTokens: boolean
  /** The fault that answers instead of the simulator, if any. */
  readonly terminal: TerminalFault | null
}

export class FaultRuleError extends Error {
  readonly issues: string

  constructor(issues: string) {
    super(`invalid fault rule: ${issues}`)
    this.issues = issues
  }
}

export function parseFaultRule(input: unknown): FaultRule {
  const parsed = faultRuleSchema.safeParse(input)
  if (!parsed.success) throw new FaultRuleError(z.prettifyError(parsed.error))
  return parsed.data
}

interface MutableRuleState {
  id: string
  rule: FaultRule
  matched: number
  hits: number
}

export class FaultController {
  private rules: MutableRuleState[] = []
  private nextId = 1

  list(): FaultRuleState[] {
    return this.rules.map((state) => ({ ...state }))
  }

  /** Validates and appends a rule; throws FaultRuleError on a bad one. */
  add(input: unknown): FaultRuleState {
    const state = { id: `f${this.nextId++}`, rule: parseFaultRule(input), matched: 0, hits: 0 }
    this.rules.push(state)
    return { ...state }
  }

  /** Replaces all rules at once; nothing changes if any rule is invalid. */
  replace(inputs: readonly unknown[]): FaultRuleState[] {
    const parsed = inputs.map((input) => parseFaultRule(input))
    this.rules = parsed.map((rule) => ({ id: `f${this.nextId++}`, rule, matched: 0, hits: 0 }))
    return this.list()
  }

  remove(id: string): boolean {
    const before = this.rules.length
    this.rules = this.rules.filter((state) => state.id !== id)
    return this.rules.length !== before
  }

  clear(): void {
    this.rules = []
  }

  /** Decides what happens to one request and counts it against the rules it matches. */
  decide(method: string, path: string): FaultDecision {
    let latencyMs = 0
    let expireTokens = false
    let terminal: TerminalFault | null = null
    const lowerPath = path.toLowerCase()
    for (const state of this.rules) {
      const { rule } = state
      if (!matchesScope(rule, method, lowerPath)) continue
      const isTerminal = rule.kind !== 'latency' && rule.kind !== 'expire-tokens'
      if (isTerminal && terminal) continue
      if (!this.fires(state)) continue
      if (rule.kind === 'latency') latencyMs += rule.latencyMs
      else if (rule.kind === 'expire-tokens') expireTokens = true
      else terminal = rule
    }
    return { latencyMs, expireTokens, terminal }
  }

  private fires(state: MutableRuleState): boolean {
    const seen = state.matched++
    if (state.rule.times !== undefined && state.hits >= state.rule.times) return false
    const share = state.rule.share
    // Hit when the running quota ceil(n × share) steps up; the epsilon absorbs float error.
    const quota = (n: number): number => Math.ceil(n * share - 1e-9)
    if (quota(seen + 1) <= quota(seen)) return false
    state.hits++
    return true
  }
}

function matchesScope(rule: FaultRule, method: string, lowerPath: string): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) return false
  if (rule.pathPrefix !== undefined && !lowerPath.startsWith(rule.pathPrefix.toLowerCase())) return false
  return true
}
