import type { Context } from 'hono'
import type { FaultKind } from './fault-rules'
import type { SimEnv } from './sim-env'

/** What an injected 429/5xx looks like; each vendor answers in its own error format. */
export interface InjectedFault {
  readonly kind: FaultKind
  readonly status: 429 | 500 | 502 | 503 | 504
  readonly retryAfterSeconds?: number
}

export type FaultRenderer = (fault: InjectedFault, c: Context<SimEnv>) => Response | Promise<Response>

const REASON_PHRASES: Readonly<Record<InjectedFault['status'], string>> = {
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export function reasonPhrase(status: InjectedFault['status']): string {
  return REASON_PHRASES[status]
}

/** Fallback when a vendor gives no renderer: the reason phrase as plain text. */
export const plainTextFault: FaultRenderer = (fault, c) => c.text(reasonPhrase(fault.status), fault.status)
