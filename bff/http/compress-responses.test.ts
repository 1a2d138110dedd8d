import { gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppEnv } from '../app-env'
import { createTestApp } from '../test-support/test-app'
import { compressResponses } from './compress-responses'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

describe('response compression', () => {
  it('leaves an answer uncompressed for a client that asks for none, still varying on Accept-Encoding', async () => {
    const response = await t.request('/api/health')
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ status: 'ok' })
  })

  it('gzips JSON for a client that accepts it', async () => {
    const response = await t.request('/api/health', { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8'))).toMatchObject({ status: 'ok' })
  })

  it('still varies and compresses when a handler builds its own Response', async () => {
    const app = new Hono<AppEnv>().use(compressResponses()).get('/own', () => new Response('x'.repeat(2_000), { headers: { 'content-type': 'text/plain' } }))
    const plain = await app.request('/own')
    expect(plain.headers.get('vary')).toBe('Accept-Encoding')
    expect(plain.headers.get('content-encoding')).toBeNull()
    const gzipped = await app.request('/own', { headers: { 'accept-encoding': 'gzip' } })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString('utf8')).toBe('x'.repeat(2_000))
  })
})
