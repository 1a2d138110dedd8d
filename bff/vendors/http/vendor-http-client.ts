import { randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import type { Logger } from '../../logger'
import { backoffDelayMs, parseRetryAfterMs } from './backoff'
import { createConcurrencyLimiter } from './concurrency-limiter'
import { openStream, readAll } from './open-stream'
import { createOutboundAgent, type OutboundTlsOptions } from './outbound-agent'
import { decideRetry, type AttemptOutcome } from './retry-decision'
import { sendOnce, TransportFailure, type RawResponse } from './send-once'
import { vendorFailure, vendorTimeout, vendorTooManyRequests, vendorUnreachable, type VendorName } from './vendor-errors'
import { buildUrl, encodeBody, isReadRequest, type VendorRequest } from './vendor-request'
import { headerValue, type VendorResponse } from './vendor-response'

export interface VendorHttpOptions {
  vendor: VendorName
  /** Names the tenant connection in logs. */
  connectionId: string
  /** Where relative paths go; from tenant configuration only. */
  baseUrl: string
  /** Further origins absolute URLs may name (e.g. the Remote Access auth host). */
  extraOrigins?: readonly string[]
  log: Logger
  now?: () => Date
  /** Per attempt; default 15 s. */
  timeoutMs?: number
  /** Requests in flight at once on this connection; the rest queue. Default 8. */
  maxConcurrency?: number
  /** Attempts in all, the first included. Default 4. */
  maxAttempts?: number
  baseDelayMs?: number
  maxDelayMs?: number
  /** A Retry-After longer than this is not waited for; the 429 goes to the caller. Default 30 s. */
  maxRetryAfterMs?: number
  tls?: OutboundTlsOptions
  random?: () => number
  sleep?: (ms: number) => Promise<void>
}

export interface VendorHttpClient {
  readonly vendor: VendorName
  readonly baseUrl: URL
  send(request: VendorRequest): Promise<VendorResponse>
  /**
   * A GET whose successful body is streamed, not buffered (downloads). Retried like a read until
   * the headers arrive; a failed answer is read whole and returned as a VendorResponse.
   */
  openStream(request: VendorStreamRequest): Promise<VendorStream>
  /** Closes idle keep-alive sockets; for BFF shutdown or a connection's removal. */
  close(): void
}

export type VendorStreamRequest = Pick<VendorRequest, 'path' | 'query' | 'headers' | 'requestId' | 'timeoutMs'>

export type VendorStream =
  | { ok: true; status: number; headers: IncomingHttpHeaders; body: IncomingMessage; requestId: string }
  | { ok: false; response: VendorResponse }

/** What an adapter lets its caller tune: timeouts, retries, concurrency, the clock. */
export type VendorHttpTuning = Omit<VendorHttpOptions, 'vendor' | 'connectionId' | 'baseUrl' | 'log' | 'extraOrigins' | 'tls'>

export const DEFAULT_VENDOR_TIMEOUT_MS = 15_000

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The one way the BFF talks to a vendor: timeouts, retries, a concurrency cap, no redirects. */
export function createVendorHttpClient(options: VendorHttpOptions): VendorHttpClient {
  const baseUrl = new URL(options.baseUrl)
  const allowedOrigins = new Set([baseUrl.origin, ...(options.extraOrigins ?? []).map((origin) => new URL(origin).origin)])
  const maxConcurrency = options.maxConcurrency ?? 8
  const limiter = createConcurrencyLimiter(maxConcurrency)
  const agents = new Map<string, ReturnType<typeof createOutboundAgent>>()
  const now = options.now ?? (() => new Date())
  const sleep = options.sleep ?? defaultSleep
  const random = options.random ?? Math.random
  const maxAttempts = options.maxAttempts ?? 4
  const backoff = { baseDelayMs: options.baseDelayMs ?? 200, maxDelayMs: options.maxDelayMs ?? 5_000 }
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000
  const { vendor, log, connectionId } = options

  const agentFor = (url: URL) => {
    let agent = agents.get(url.origin)
    if (!agent) {
      agent = createOutboundAgent(url.protocol, maxConcurrency, options.tls)
      agents.set(url.origin, agent)
    }
    return agent
  }

  async function attempt(request: VendorRequest, url: URL, requestId: string, attemptNumber: number): Promise<RawResponse | TransportFailure> {
    const { body, contentType } = encodeBody(request)
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers }
    if (contentType) headers['content-type'] = contentType
    const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_VENDOR_TIMEOUT_MS
    const started = performance.now()
    // Paths and statuses only: query strings, headers and bodies may hold secrets or personal data.
    const fields = { requestId, vendor, connectionId, method: request.method, host: url.host, path: url.pathname, attempt: attemptNumber }
    try {
      const response = await limiter.run(() => sendOnce({ url, method: request.method, headers, body, timeoutMs, agent: agentFor(url) }))
      log.info('vendor.response', { ...fields, status: response.status, durationMs: Math.round(performance.now() - started) })
      return response
    } catch (error) {
      if (!(error instanceof TransportFailure)) throw error
      log.warn('vendor.no_response', { ...fields, failure: error.kind, reason: error.reason, durationMs: Math.round(performance.now() - started) })
      return error
    }
  }

  async function send(request: VendorRequest): Promise<VendorResponse> {
    const url = buildUrl(baseUrl, request)
    if (!allowedOrigins.has(url.origin)) throw new Error(`Refusing to call ${url.origin}: not an address of this ${vendor} connection.`)
    const requestId = request.requestId ?? randomUUID()
    const isRead = isReadRequest(request)
    const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_VENDOR_TIMEOUT_MS

    for (let attemptNumber = 1; ; attemptNumber += 1) {
      const result = await attempt(request, url, requestId, attemptNumber)
      const outcome: AttemptOutcome = result instanceof TransportFailure ? { failure: result.kind } : { status: result.status }
      const lastAttempt = attemptNumber >= maxAttempts
      const decision = decideRetry(outcome, isRead)

      if (decision === 'retry-after-throttle') {
        const retryAfterMs = parseRetryAfterMs(result instanceof TransportFailure ? undefined : headerValue(result.headers, 'retry-after'), now())
        const waitMs = retryAfterMs ?? backoffDelayMs(attemptNumber, backoff, random)
        if (lastAttempt || waitMs > maxRetryAfterMs) throw vendorTooManyRequests(vendor, Math.max(1, Math.ceil(waitMs / 1000)))
        await sleep(waitMs)
        continue
      }
      if (decision === 'retry' && !lastAttempt) {
        await sleep(backoffDelayMs(attemptNumber, backoff, random))
        continue
      }
      if (decision === 'check-write' && request.checkApplied) {
        // Checked even after the last attempt, so the caller learns the write landed rather than an unclear error.
        if (await request.checkApplied()) {
          log.info('vendor.write_confirmed', { requestId, vendor, connectionId, method: request.method, path: url.pathname })
          return { status: 200, headers: {}, text: '', confirmedByCheck: true, requestId }
        }
        if (!lastAttempt) {
          await sleep(backoffDelayMs(attemptNumber, backoff, random))
          continue
        }
      }

      if (result instanceof TransportFailure) {
        if (result.kind === 'timeout') throw vendorTimeout(vendor, timeoutMs)
        if (result.kind === 'untrusted') throw vendorUnreachable(vendor, `its TLS certificate is not trusted: ${result.reason}`)
        throw vendorUnreachable(vendor, result.reason)
      }
      if (result.status >= 300 && result.status < 400) {
        // Credentials travel with every request; a redirect could hand them to another host.
        throw vendorFailure(vendor, `answered with a redirect (HTTP ${result.status}), which Gatehouse does not follow. Check the connection's URL.`)
      }
      return { status: result.status, headers: result.headers, text: result.body.toString('utf8'), confirmedByCheck: false, requestId }
    }
  }

  async function openVendorStream(request: VendorStreamRequest): Promise<VendorStream> {
    const url = buildUrl(baseUrl, { ...request, method: 'GET' })
    if (!allowedOrigins.has(url.origin)) throw new Error(`Refusing to call ${url.origin}: not an address of this ${vendor} connection.`)
    const requestId = request.requestId ?? randomUUID()
    const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_VENDOR_TIMEOUT_MS
    const headers: Record<string, string> = { accept: '*/*', ...request.headers }
    for (let attemptNumber = 1; ; attemptNumber += 1) {
      const fields = { requestId, vendor, connectionId, method: 'GET', host: url.host, path: url.pathname, attempt: attemptNumber, streamed: true }
      const started = performance.now()
      let result: Awaited<ReturnType<typeof openStream>> | TransportFailure
      try {
        // The slot is held until the headers are in; the body then flows on its own socket.
        result = await limiter.run(() => openStream({ url, headers, timeoutMs, idleTimeoutMs: timeoutMs, agent: agentFor(url) }))
        log.info('vendor.response', { ...fields, status: result.status, durationMs: Math.round(performance.now() - started) })
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error
        log.warn('vendor.no_response', { ...fields, failure: error.kind, reason: error.reason, durationMs: Math.round(performance.now() - started) })
        result = error
      }
      const outcome: AttemptOutcome = result instanceof TransportFailure ? { failure: result.kind } : { status: result.status }
      const lastAttempt = attemptNumber >= maxAttempts
      const decision = decideRetry(outcome, true)
      const failed = result instanceof TransportFailure || result.status < 200 || result.status >= 300
      const buffered =
        result instanceof TransportFailure || !failed
          ? null
          : { status: result.status, headers: result.headers, text: (await readAll(result.body)).toString('utf8'), confirmedByCheck: false, requestId }
      if (decision === 'retry-after-throttle') {
        const retryAfterMs = parseRetryAfterMs(buffered ? headerValue(buffered.headers, 'retry-after') : undefined, now())
        const waitMs = retryAfterMs ?? backoffDelayMs(attemptNumber, backoff, random)
        if (lastAttempt || waitMs > maxRetryAfterMs) throw vendorTooManyRequests(vendor, Math.max(1, Math.ceil(waitMs / 1000)))
        await sleep(waitMs)
        continue
      }
      if (decision === 'retry' && !lastAttempt) {
        await sleep(backoffDelayMs(attemptNumber, backoff, random))
        continue
      }
      if (result instanceof TransportFailure) {
        if (result.kind === 'timeout') throw vendorTimeout(vendor, timeoutMs)
        if (result.kind === 'untrusted') throw vendorUnreachable(vendor, `its TLS certificate is not trusted: ${result.reason}`)
        throw vendorUnreachable(vendor, result.reason)
      }
      if (result.status >= 300 && result.status < 400) {
        throw vendorFailure(vendor, `answered with a redirect (HTTP ${result.status}), which Gatehouse does not follow. Check the connection's URL.`)
      }
      if (buffered) return { ok: false, response: buffered }
      return { ok: true, status: result.status, headers: result.headers, body: result.body, requestId }
    }
  }

  return {
    vendor,
    baseUrl,
    send,
    openStream: openVendorStream,
    close() {
      for (const agent of agents.values()) agent.destroy()
      agents.clear()
    },
  }
}
