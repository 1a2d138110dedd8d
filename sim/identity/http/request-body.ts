import type { Context } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { IdentityApiError } from '../envelope/identity-api-error'

/** A file part of a multipart body. */
export interface UploadedPart {
  readonly field: string
  readonly fileName: string
  readonly contentType: string
  readonly bytes: Uint8Array
}

export interface RequestBody {
  readonly kind: 'none' | 'json' | 'form' | 'multipart'
  /** The parsed JSON value, whatever it is (objects, arrays…); undefined without a JSON body. */
  readonly json: unknown
  /** Named arguments: a JSON object's members, or the text fields of a form. */
  readonly fields: Readonly<Record<string, unknown>> | undefined
  readonly files: readonly UploadedPart[]
}

const EMPTY: RequestBody = { kind: 'none', json: undefined, fields: undefined, files: [] }
const parsed = new WeakMap<Request, Promise<RequestBody>>()

/** Reads the body once per request, whatever its type: JSON, URL-encoded form or multipart. */
export function readRequestBody(c: Context<SimEnv>): Promise<RequestBody> {
  let body = parsed.get(c.req.raw)
  if (!body) {
    body = parseBody(c)
    parsed.set(c.req.raw, body)
  }
  return body
}

async function parseBody(c: Context<SimEnv>): Promise<RequestBody> {
  const contentType = (c.req.header('content-type') ?? '').toLowerCase()
  if (contentType.startsWith('multipart/form-data') || contentType.startsWith('application/x-www-form-urlencoded')) {
    return parseForm(c, contentType.startsWith('multipart/') ? 'multipart' : 'form')
  }
  const text = await c.req.text()
  if (text.trim() === '') return EMPTY
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new IdentityApiError('The request body is not valid JSON.', 'format')
  }
  const fields = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined
  return { kind: 'json', json, fields, files: [] }
}

async function parseForm(c: Context<SimEnv>, kind: 'form' | 'multipart'): Promise<RequestBody> {
  let form: FormData
  try {
    form = await c.req.raw.formData()
  } catch {
    throw new IdentityApiError('The request body is not a valid form.', 'format')
  }
  const fields: Record<string, unknown> = {}
  const files: UploadedPart[] = []
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') fields[field] = value
    else files.push({ field, fileName: value.name, contentType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) })
  }
  return { kind, json: undefined, fields, files }
}
