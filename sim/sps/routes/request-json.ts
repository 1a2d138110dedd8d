import type { Context } from 'hono'
import { spsError } from '../sps-error'

export type JsonObjectOutcome = { readonly ok: true; readonly value: Record<string, unknown> } | { readonly ok: false; readonly response: Response }

/** The request body as a JSON object; otherwise seed 003's "400: not a properly formatted JSON object". */
export async function readJsonObject(c: Context): Promise<JsonObjectOutcome> {
  const text = await c.req.text()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {
      ok: false,
      response: spsError(c, 400, 'SyntacticError', 'The request body format is invalid. The data is not a properly formatted JSON object.'),
    }
  }
  return { ok: true, value: parsed as Record<string, unknown> }
}
