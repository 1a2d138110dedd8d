import { reasonPhrase, type FaultRenderer } from '../framework/fault-response'

/**
 * Injected 429/5xx in the Identity envelope with `success: false`. The real bodies of these are
 * not documented (UNSURE in sim/README.md); clients act on the status and Retry-After alone.
 */
export const renderIdentityFault: FaultRenderer = (fault, c) =>
  c.json(
    {
      success: false,
      Result: null,
      Message: reasonPhrase(fault.status),
      MessageID: null,
      Exception: null,
      ErrorID: null,
      ErrorCode: null,
      IsSoftError: false,
      InnerExceptions: null,
    },
    fault.status,
  )
