import type { Context } from 'hono'
import type { SimEnv } from '../../framework/sim-env'

// The gateway's SWS endpoints are Spring services: their errors are RFC 7807 problem details
// (`type`, `title`, `status`, `detail`, `instance`) as in the vendor's examples, e.g.
// {"type":"about:blank","title":"Unsupported Media Type","status":415,"detail":"Content-Type '…' is not supported.","instance":"/v2-edge/sws/policies/…/status"}

export type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 409 | 415 | 500

const TITLES: Readonly<Record<ProblemStatus, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
}

export interface ProblemBody {
  readonly type: 'about:blank'
  readonly title: string
  readonly status: ProblemStatus
  readonly detail: string
  readonly instance: string
}

/** Thrown by handlers and helpers; the app's error handler turns it into the problem response. */
export class SwsProblem extends Error {
  readonly status: ProblemStatus
  readonly detail: string
  readonly headers: Readonly<Record<string, string>>

  constructor(status: ProblemStatus, detail: string, headers: Record<string, string> = {}) {
    super(detail)
    this.status = status
    this.detail = detail
    this.headers = headers
  }
}

export function problemResponse(c: Context<SimEnv>, problem: SwsProblem): Response {
  const body: ProblemBody = { type: 'about:blank', title: TITLES[problem.status], status: problem.status, detail: problem.detail, instance: c.req.path }
  return c.body(JSON.stringify(body), problem.status, { ...problem.headers, 'Content-Type': 'application/problem+json' })
}

/** Spring's answer for a path no controller maps (also what a tenant without an API gets). */
export function noSuchPathProblem(path: string): SwsProblem {
  return new SwsProblem(404, `No static resource ${path.replace(/^\//, '')}.`)
}

export function methodNotAllowedProblem(method: string, allowed: readonly string[]): SwsProblem {
  return new SwsProblem(405, `Method '${method}' is not supported.`, { Allow: allowed.join(', ') })
}
