import { reasonPhrase, type FaultRenderer } from '../framework/fault-response'

/** Injected 429/5xx as the gateway's Spring-style problem JSON. */
export const renderGatewayFault: FaultRenderer = (fault, c) =>
  c.json(
    {
      type: 'about:blank',
      title: reasonPhrase(fault.status),
      status: fault.status,
      detail: fault.status === 429 ? 'Rate limit exceeded. Retry later.' : 'The server could not complete the request.',
      instance: c.req.path,
    },
    fault.status,
  )
