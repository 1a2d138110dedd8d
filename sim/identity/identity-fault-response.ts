import { reasonPhrase, type FaultRenderer } from '../framework/fault-response'
import { failureEnvelope } from './envelope/identity-envelope'

/**
 * Injected 429/5xx in the Identity envelope with `success: false`. The real bodies of these are
 * not documented (UNSURE in sim/README.md); clients act on the status and Retry-After alone.
 */
export const renderIdentityFault: FaultRenderer = (fault, c) => c.json(failureEnvelope(reasonPhrase(fault.status)), fault.status)
