import type { Context } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { SwsProblem } from './problem-json'

// Request bodies as Spring's Jackson converter reads them: only `application/json` (or a
// `+json` type) is accepted, anything else is a 415; a body that is not JSON is a 400.

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i

export const FAILED_TO_READ = 'Failed to read request'

export async function readJsonBody(c: Context<SimEnv>): Promise<unknown> {
  const contentType = c.req.header('content-type')
  if (!contentType || !JSON_TYPE.test(contentType.trim())) {
    throw new SwsProblem(415, `Content-Type '${contentType ?? 'application/octet-stream'}' is not supported.`, {
      Accept: 'application/json, application/*+json',
    })
  }
  const text = await c.req.text()
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new SwsProblem(400, FAILED_TO_READ)
  }
}
