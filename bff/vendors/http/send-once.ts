import http from 'node:http'
import https from 'node:https'

export interface RawRequest {
  url: URL
  method: string
  headers: Record<string, string>
  body: Buffer | null
  timeoutMs: number
  agent: http.Agent
}

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/**
 * Why an attempt got no answer. `refused`: the request never left (connection refused, no such
 * host) so any method may be sent again; `reset`: the connection broke after the request may
 * have been read; `timeout`: no full answer within the time limit; `untrusted`: the server's TLS
 * certificate is not trusted (nothing was sent, and sending again will not help).
 */
export type TransportFailureKind = 'refused' | 'reset' | 'timeout' | 'untrusted'

export class TransportFailure extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    readonly reason: string,
  ) {
    super(`${kind}: ${reason}`)
  }
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'])

/** Why an attempt got no answer, from node's error (exported for the streaming GET). */
export function classifyTransportError(error: NodeJS.ErrnoException): TransportFailure {
  if (error instanceof TransportFailure) return error
  const code = error.code ?? ''
  if (NOT_SENT_CODES.has(code)) return new TransportFailure('refused', code)
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT') {
    return new TransportFailure('untrusted', code)
  }
  return new TransportFailure('reset', code || error.message)
}

/** One HTTP exchange over node:http/https. Never follows redirects (node does not). */
export function sendOnce(request: RawRequest): Promise<RawResponse> {
  const transport = request.url.protocol === 'https:' ? https : http
  return new Promise<RawResponse>((resolve, reject) => {
    const headers = { ...request.headers, 'content-length': String(request.body?.length ?? 0) }
    const outgoing = transport.request(request.url, { method: request.method, headers, agent: request.agent })
    // The whole exchange — connect, send, headers and body — must finish within the limit.
    const timer = setTimeout(() => outgoing.destroy(new TransportFailure('timeout', `${request.timeoutMs} ms`)), request.timeoutMs)
    const fail = (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      reject(classifyTransportError(error))
    }
    outgoing.on('error', fail)
    outgoing.on('response', (incoming) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('error', fail)
      incoming.on('aborted', () => fail(new TransportFailure('reset', 'response aborted')))
      incoming.on('end', () => {
        clearTimeout(timer)
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) })
      })
    })
    outgoing.end(request.body ?? undefined)
  })
}
