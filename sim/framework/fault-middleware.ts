import type { MiddlewareHandler } from 'hono'
import type { FaultRenderer } from './fault-response'
import type { SimContext, SimDataModel } from './sim-context'
import { isControlPath, type SimEnv } from './sim-env'

/**
 * Runs before every vendor route (never before `/__sim`): counts the request, then applies the
 * faults the rules decide on — expire tokens, add latency, then at most one of 429, 5xx,
 * dropped connection or hung response.
 */
export function faultMiddleware<D extends SimDataModel>(
  context: SimContext<D>,
  renderFault: FaultRenderer,
): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    if (isControlPath(c.req.path)) return next()
    context.requests.record(c.req.method, c.req.path)
    const decision = context.faults.decide(c.req.method, c.req.path)
    const socket = c.env?.incoming?.socket

    if (decision.expireTokens) context.tokens.expireAll()
    if (decision.latencyMs > 0) {
      const outcome = await context.waits.wait(decision.latencyMs, socket)
      // The client is gone; nobody will read an answer.
      if (outcome === 'client-closed') return new Response(null, { status: 499 })
    }

    const fault = decision.terminal
    if (!fault) return next()
    switch (fault.kind) {
      case 'too-many-requests': {
        const response = await renderFault({ kind: fault.kind, status: 429, retryAfterSeconds: fault.retryAfterSeconds }, c)
        return withRetryAfter(response, fault.retryAfterSeconds)
      }
      case 'server-error': {
        const response = await renderFault({ kind: fault.kind, status: fault.status, retryAfterSeconds: fault.retryAfterSeconds }, c)
        return withRetryAfter(response, fault.retryAfterSeconds)
      }
      case 'drop-connection':
        if (!socket) throw new Error('connection dropped by a simulator fault')
        socket.destroy()
        return new Response(null, { status: 499 })
      case 'hang': {
        const outcome = await context.waits.wait(Number.POSITIVE_INFINITY, socket)
        if (outcome === 'released') socket?.destroy()
        return new Response(null, { status: 503 })
      }
    }
  }
}

function withRetryAfter(response: Response, seconds: number | undefined): Response {
  if (seconds === undefined) return response
  const headers = new Headers(response.headers)
  headers.set('Retry-After', String(seconds))
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
