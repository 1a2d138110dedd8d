import http from 'node:http'
import https from 'node:https'
import { classifyTransportError, TransportFailure } from './send-once'

export interface StreamRequest {
  url: URL
  headers: Record<string, string>
  /** Until the answer's status and headers have arrived. */
  timeoutMs: number
  /** Longest pause between two chunks of the body once it flows. */
  idleTimeoutMs: number
  agent: http.Agent
}

export interface StreamedResponse {
  status: number
  headers: http.IncomingHttpHeaders
  /** The body as it arrives, never gathered in memory; a stall beyond idleTimeoutMs destroys it. */
  body: http.IncomingMessage
}

/**
 * One GET whose body is handed over as a stream as soon as the headers are in, for downloads
 * that must not be buffered whole (audit trails). Never follows redirects (node does not).
 */
export function openStream(request: StreamRequest): Promise<StreamedResponse> {
  const transport = request.url.protocol === 'https:' ? https : http
  return new Promise<StreamedResponse>((resolve, reject) => {
    const outgoing = transport.request(request.url, { method: 'GET', headers: { ...request.headers, 'content-length': '0' }, agent: request.agent })
    const timer = setTimeout(() => outgoing.destroy(new TransportFailure('timeout', `${request.timeoutMs} ms`)), request.timeoutMs)
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      reject(classifyTransportError(error))
    })
    outgoing.on('response', (incoming) => {
      clearTimeout(timer)
      incoming.setTimeout(request.idleTimeoutMs, () => incoming.destroy(new TransportFailure('timeout', `no data for ${request.idleTimeoutMs} ms`)))
      resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: incoming })
    })
    outgoing.end()
  })
}

/** The whole (small) body of a stream, e.g. a vendor's error answer. */
export async function readAll(body: NodeJS.ReadableStream, maxBytes = 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)
    size += buffer.length
    if (size > maxBytes) break
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}
