import { reasonPhrase, type FaultRenderer } from '../framework/fault-response'

/**
 * Injected 429/5xx as the gateway's other errors: problem JSON (served, like them, as
 * `application/problem+json`).
 */
export const renderGatewayFault: FaultRenderer = (fault, c) =>
  c.body(
    JSON.stringify({
      type: 'about:blank',
      title: reasonPhrase(fault.status),
      status: fault.status,
      detail: fault.status === 429 ? 'Rate limit exceeded. Retry later.' : 'The server could not complete the request.',
      instance: c.req.path,
    }),
    fault.status,
    { 'Content-Type': 'application/problem+json' },
  )
