import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type RunningServer } from '../framework/sim-server'
import { rawRequest } from '../test-support/raw-request'
import { createSpsApp, type SpsSimApp } from './app'
import { basicAuthorization } from './test-support/sps-test-client'

// The SPS simulator on a real socket (free port), as an HTTP client sees it: the cookie round
// trip, a POST without Content-Length, trailing slashes, and an injected fault in SPS format.

let sim: SpsSimApp
let server: RunningServer

beforeAll(async () => {
  sim = createSpsApp({ profile: 'small', seed: 'gatehouse', spsVersion: '6.0.7', idleTimeoutSeconds: 1200 })
  server = await listen(sim.app, sim.context, { host: '127.0.0.1', port: 0 })
})

afterAll(async () => {
  await server.close()
})

/** Sends raw HTTP/1.1 bytes (what curl -X POST without data sends) and returns the status code. */
function rawStatus(url: string, head: string): Promise<number> {
  const target = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(target.port), target.hostname, () => socket.end(`${head}Host: ${target.host}\r\nConnection: close\r\n\r\n`))
    let received = ''
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')))
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1])))
    socket.on('error', reject)
  })
}

describe('SPS simulator over HTTP', () => {
  it('signs in, uses the cookie, and runs a transaction the way curl does', async () => {
    const login = await rawRequest(`${server.url}/api/authentication`, { headers: { authorization: basicAuthorization('admin', 'sps-admin') } })
    expect(login.status).toBe(200)
    const cookie = (login.headers['set-cookie'] ?? [])[0]!.split(';')[0]!
    expect(cookie).toMatch(/^session_id=[0-9a-f]{40}$/)

    // A POST with no body and no Content-Length gets the documented 411.
    expect(await rawStatus(server.url, `POST /api/transaction HTTP/1.1\r\nCookie: ${cookie}\r\n`)).toBe(411)
    const opened = await rawRequest(`${server.url}/api/transaction/`, { method: 'POST', headers: { cookie, 'content-length': '0' } })
    expect(opened.status).toBe(200)
    expect(JSON.parse(opened.body)).toMatchObject({ transaction: { status: 'open' } })
    const created = await rawRequest(`${server.url}/api/configuration/aaa/local_database/groups`, { method: 'POST', body: { name: 'http-team', members: [] }, headers: { cookie } })
    expect(created.status).toBe(201)
    const committed = await rawRequest(`${server.url}/api/transaction`, { method: 'PUT', body: { status: 'commit' }, headers: { cookie } })
    expect(JSON.parse(committed.body)).toMatchObject({ transaction: { status: 'closed' } })
  })

  it('answers injected faults in the SPS error format', async () => {
    await rawRequest(`${server.url}/__sim/faults`, { method: 'POST', body: { kind: 'server-error', status: 503, pathPrefix: '/api/audit', times: 1 } })
    const answer = await rawRequest(`${server.url}/api/audit/sessions`)
    expect(answer.status).toBe(503)
    expect(JSON.parse(answer.body)).toMatchObject({ error: { type: 'ServiceUnavailable' }, meta: { href: '/api/audit/sessions' } })
  })
})
