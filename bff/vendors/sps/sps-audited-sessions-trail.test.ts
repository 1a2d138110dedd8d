import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VendorApiError } from '../http/vendor-errors'
import { createCapturingLogger } from '../testing/capturing-logger'
import { openSpsAuditTrail, safeFileName } from './sps-audited-sessions-api'
import { createSpsConnection, type SpsConnection } from './sps-connection'

// The audit trail download is streamed: the BFF hands bytes on as SPS sends them. A stand-in
// appliance sends the first half of a trail, then waits until the test lets it finish.

const TRAIL = Buffer.alloc(512 * 1024, 0)
for (let i = 0; i < TRAIL.length; i++) TRAIL[i] = (i * 31 + 7) & 0xff
const HALF = TRAIL.length / 2

let server: Server
let baseUrl: string
let validCookie = 'cookie-1'
let logins = 0
let releaseSecondHalf: () => void = () => {}
let secondHalfSent = false
let flakyCalls = 0

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x')
    if (url.pathname === '/api/authentication') {
      logins += 1
      validCookie = `cookie-${logins}`
      response.writeHead(200, { 'content-type': 'application/json', 'set-cookie': `session_id=${validCookie}; Path=/; HttpOnly` })
      response.end(JSON.stringify({ meta: { href: '/api/authentication', parent: '/api' } }))
      return
    }
    if (request.headers.cookie !== `session_id=${validCookie}`) {
      response.writeHead(401, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ error: { type: 'Unauthenticated', message: 'Authentication required', details: { path: url.pathname } }, meta: {} }))
      return
    }
    if (url.pathname === '/api/audit/sessions/flaky/audit_trail') {
      flakyCalls += 1
      if (flakyCalls === 1) {
        response.writeHead(503, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ error: { type: 'ServiceUnavailable', message: 'busy', details: { path: url.pathname } }, meta: {} }))
        return
      }
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '3' })
      response.end('abc')
      return
    }
    if (url.pathname === '/api/audit/sessions/s1/audit_trail') {
      response.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': 'attachment; filename="../audit-ssh-prod-s1.zat"',
        'content-length': String(TRAIL.length),
      })
      response.write(TRAIL.subarray(0, HALF))
      releaseSecondHalf = () => {
        secondHalfSent = true
        response.end(TRAIL.subarray(HALF))
      }
      return
    }
    response.writeHead(404, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ error: { type: 'NotFound', message: 'The requested object does not exist.', details: { path: url.pathname } }, meta: {} }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const connect = (): SpsConnection =>
  createSpsConnection({ connectionId: 'conn-sps', baseUrl, username: 'admin', password: 'sps-admin' }, createCapturingLogger(), { baseDelayMs: 1, maxDelayMs: 5 })

describe('audit trail download', () => {
  it('hands the first bytes on before SPS has sent the rest, and every byte arrives', async () => {
    const sps = connect()
    secondHalfSent = false
    const trail = await openSpsAuditTrail(sps, 's1')
    expect(trail).toMatchObject({ fileName: 'audit-ssh-prod-s1.zat', contentType: 'application/octet-stream', size: TRAIL.length })
    const chunks: Buffer[] = []
    let received = 0
    for await (const chunk of trail.body as AsyncIterable<Buffer>) {
      chunks.push(chunk)
      received += chunk.length
      if (received >= HALF && !secondHalfSent) {
        // Half the file is here and SPS has not sent the rest: nothing waited for the whole file.
        releaseSecondHalf()
      }
    }
    expect(Buffer.concat(chunks).equals(TRAIL)).toBe(true)
    await sps.closeAll()
  })

  it('signs in again when SPS has ended the shared session, and maps refusals to console errors', async () => {
    const sps = connect()
    const first = await openSpsAuditTrail(sps, 's1')
    releaseSecondHalf()
    for await (const chunk of first.body) void chunk
    validCookie = 'expired-by-the-appliance'
    const before = logins
    const again = await openSpsAuditTrail(sps, 's1')
    releaseSecondHalf()
    let size = 0
    for await (const chunk of again.body as AsyncIterable<Buffer>) size += chunk.length
    expect(size).toBe(TRAIL.length)
    expect(logins).toBe(before + 1)

    const missing = (await openSpsAuditTrail(sps, 'nope').catch((error: unknown) => error)) as VendorApiError
    expect(missing).toBeInstanceOf(VendorApiError)
    expect(missing.status).toBe(404)
    expect(missing.toBody().error.vendor).toMatchObject({ type: 'NotFound' })
    await sps.closeAll()
  })

  it('asks again when SPS answers 503 before sending anything', async () => {
    const sps = connect()
    const trail = await openSpsAuditTrail(sps, 'flaky')
    let text = ''
    for await (const chunk of trail.body as AsyncIterable<Buffer>) text += chunk.toString('utf8')
    expect(text).toBe('abc')
    expect(flakyCalls).toBe(2)
    await sps.closeAll()
  })

  it('offers a file name without paths or header-breaking characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('a"b;\r\nc.zat')).toBe('a_b___c.zat')
    expect(safeFileName('..')).toBe('audit-trail.zat')
  })
})
