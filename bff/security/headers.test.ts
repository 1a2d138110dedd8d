import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

describe('security headers', () => {
  it('sends a strict CSP and the other protective headers on API responses', async () => {
    const response = await t.request('/api/health')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('gives every response its own nonce', async () => {
    const nonce = async () => /'nonce-([^']+)'/.exec((await t.request('/api/health')).headers.get('content-security-policy') ?? '')?.[1]
    expect(await nonce()).not.toBe(await nonce())
  })

  it('sends HSTS only when the console is served over HTTPS', async () => {
    expect((await t.request('/api/health')).headers.get('strict-transport-security')).toBeNull()
    const https = await createTestApp({ PUBLIC_ORIGIN: 'https://console.example' })
    expect((await https.request('/api/health')).headers.get('strict-transport-security')).toContain('max-age=31536000')
    await https.close()
  })

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await t.request('/api/no/such/thing')
    expect(response.status).toBe(404)
    expect((await json(response)).error.code).toBe('not_found')
  })
})
