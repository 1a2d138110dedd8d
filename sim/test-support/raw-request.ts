import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'

export interface RawResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

export interface RawRequestOptions {
  readonly method?: string
  readonly body?: unknown
  readonly headers?: Record<string, string>
  /** Abort after this many ms with an error whose code is `TIMEOUT`. */
  readonly timeoutMs?: number
  /** For HTTPS against the self-signed certificate. */
  readonly rejectUnauthorized?: boolean
}

export class RawRequestError extends Error {
  readonly code: string

  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

/**
 * One request on a fresh connection, with socket-level errors kept apart (a dropped connection
 * surfaces as ECONNRESET or "socket hang up", a hung one as TIMEOUT).
 */
export function rawRequest(url: string, options: RawRequestOptions = {}): Promise<RawResponse> {
  const target = new URL(url)
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body)
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: options.method ?? 'GET',
        agent: false,
        rejectUnauthorized: options.rejectUnauthorized,
        headers: {
          ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', (error: NodeJS.ErrnoException) => reject(new RawRequestError(error.code ?? 'ERROR', error.message)))
      },
    )
    if (options.timeoutMs !== undefined) {
      req.setTimeout(options.timeoutMs, () => req.destroy(new RawRequestError('TIMEOUT', `no answer within ${options.timeoutMs} ms`)))
    }
    req.on('error', (error: NodeJS.ErrnoException) => {
      reject(error instanceof RawRequestError ? error : new RawRequestError(error.code ?? 'ERROR', error.message))
    })
    req.end(payload)
  })
}

export async function getJson<T>(url: string, options: RawRequestOptions = {}): Promise<T> {
  const response = await rawRequest(url, options)
  if (response.status >= 400) throw new Error(`${options.method ?? 'GET'} ${url}: ${response.status} ${response.body}`)
  return JSON.parse(response.body) as T
}
