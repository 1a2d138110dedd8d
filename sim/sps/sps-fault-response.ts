import { reasonPhrase, type FaultRenderer } from '../framework/fault-response'

/** Injected 429/5xx in the SPS error format (`error.type` values for these are UNSURE). */
export const renderSpsFault: FaultRenderer = (fault, c) => {
  const path = c.req.path
  const parent = path.slice(0, path.lastIndexOf('/')) || null
  return c.json(
    {
      error: { type: reasonPhrase(fault.status).replaceAll(' ', ''), message: reasonPhrase(fault.status), details: { path } },
      meta: { href: path, parent },
    },
    fault.status,
  )
}
