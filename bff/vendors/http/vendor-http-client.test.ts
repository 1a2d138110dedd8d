import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createCapturingLogger } from '../testing/capturing-logger'
import { backoffDelayMs } from './backoff'
import { decideRetry } from './retry-decision'
import { VendorApiError } from './vendor-errors'
import { createVendorHttpClient, type VendorHttpOptions } from './vendor-http-client'

// Transport behaviour the simulators cannot show: redirects, refused connections, the queue.

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A loopback port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  await new Promise((resolve) => server.close(resolve))
  return url
}

function client(baseUrl: string, overrides: Partial<VendorHttpOptions> = {}) {
  const log = createCapturingLogger()
  return { http: createVendorHttpClient({ vendor: 'identity', connectionId: 'c1', baseUrl, log, baseDelayMs: 1, maxDelayMs: 5, ...overrides }), log }
}

describe('vendor HTTP layer', () => {
  it('does not follow a redirect, so credentials never reach the other host', async () => {
    let targetHits = 0
    const target = await serve((_request, response) => {
      targetHits += 1
      response.end('{}')
    })
    const redirecting = await serve((_request, response) => {
      response.writeHead(302, { location: `${target}/steal` })
      response.end()
    })
    const { http } = client(redirecting)
    const error = (await http.send({ method: 'GET', path: '/x', headers: { authorization: 'Bearer secret' } }).catch((caught: unknown) => caught)) as VendorApiError
    expect(error).toBeInstanceOf(VendorApiError)
    expect(error.status).toBe(502)
    expect(error.message).toContain('redirect')
    expect(targetHits).toBe(0)
    http.close()
  })

  it('retries a write refused before it was sent, and reports the vendor unreachable in the end', async () => {
    const { http, log } = client(await closedPort(), { maxAttempts: 3 })
    const error = (await http.send({ method: 'POST', path: '/write', json: { a: 1 } }).catch((caught: unknown) => caught)) as VendorApiError
    expect(error.status).toBe(502)
    expect(error.message).toContain('could not be reached')
    expect(log.lines.filter((line) => line.includes('"failure":"refused"'))).toHaveLength(3)
    http.close()
  })

  it('queues requests beyond the per-connection concurrency cap', async () => {
    let inFlight = 0
    let peak = 0
    const slow = await serve((_request, response) => {
      inFlight += 1
      peak = Math.max(peak, inFlight)
      setTimeout(() => {
        inFlight -= 1
        response.end('{}')
      }, 20)
    })
    const { http } = client(slow, { maxConcurrency: 3 })
    await Promise.all(Array.from({ length: 12 }, () => http.send({ method: 'GET', path: '/' })))
    expect(peak).toBe(3)
    http.close()
  })

  it('refuses a URL outside the connection’s configured origins', async () => {
    const { http } = client('http://127.0.0.1:9')
    await expect(http.send({ method: 'GET', path: 'http://evil.example/' })).rejects.toThrow(/not an address of this/)
    http.close()
  })
})

describe('retry rules', () => {
  it('retries 429 and never-sent requests for any method, reads on 5xx and resets, and checks writes', () => {
    expect(decideRetry({ status: 429 }, false)).toBe('retry-after-throttle')
    expect(decideRetry({ failure: 'refused' }, false)).toBe('retry')
    expect(decideRetry({ status: 503 }, true)).toBe('retry')
    expect(decideRetry({ failure: 'reset' }, true)).toBe('retry')
    expect(decideRetry({ failure: 'timeout' }, true)).toBe('stop')
    expect(decideRetry({ status: 500 }, false)).toBe('check-write')
    expect(decideRetry({ failure: 'timeout' }, false)).toBe('check-write')
    expect(decideRetry({ status: 404 }, true)).toBe('stop')
    expect(decideRetry({ failure: 'untrusted' }, true)).toBe('stop')
  })

  it('backs off exponentially with jitter, up to the cap', () => {
    const options = { baseDelayMs: 100, maxDelayMs: 1_000 }
    expect(backoffDelayMs(1, options, () => 0)).toBe(50)
    expect(backoffDelayMs(3, options, () => 1)).toBe(400)
    expect(backoffDelayMs(10, options, () => 1)).toBe(1_000)
  })
})
