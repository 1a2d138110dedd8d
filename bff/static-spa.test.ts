import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOT_DATA_ELEMENT_ID, type BootData } from '../contract/boot-data'
import { createTestApp, json, SAME_ORIGIN } from './test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
let staticDir: string
let admin: string

// What Vite writes: the nonce placeholder and the element the SPA renders into.
const INDEX_HTML = `<!doctype html><html><head><meta property="csp-nonce" nonce="__GATEHOUSE_CSP_NONCE__" /></head><body><div id="root"></div><script type="module" src="/assets/index.js"></script></body></html>`

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'gatehouse-spa-'))
  writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML)
  t = await createTestApp({ GATEHOUSE_STATIC_DIR: staticDir })
  admin = await t.signIn('admin', 'admin-demo')
})
afterAll(async () => {
  await t.close()
  rmSync(staticDir, { recursive: true, force: true })
})

async function page(pathname: string, cookie?: string): Promise<{ response: Response; html: string; bootData: BootData | null }> {
  const response = await t.request(pathname, { headers: cookie ? { cookie } : {} })
  const html = await response.text()
  const match = new RegExp(`<script type="application/json" id="${BOOT_DATA_ELEMENT_ID}">(.*?)</script><div id="root">`).exec(html)
  return { response, html, bootData: match?.[1] ? (JSON.parse(match[1]) as BootData) : null }
}

async function createOperator(username: string, displayName: string, grants: unknown[]): Promise<string> {
  const response = await t.request('/api/console/operators', {
    method: 'POST',
    headers: { ...SAME_ORIGIN, cookie: admin },
    body: JSON.stringify({ username, displayName, password: 'a long enough password', grants }),
  })
  expect(response.status).toBe(201)
  return t.signIn(username, 'a long enough password')
}

describe('index.html', () => {
  it('is never cached and carries a fresh nonce', async () => {
    const first = await page('/sign-in')
    const second = await page('/sign-in')
    expect(first.response.headers.get('cache-control')).toBe('no-store')
    expect(first.html).not.toContain('__GATEHOUSE_CSP_NONCE__')
    const nonceOf = (html: string) => /nonce="([^"]+)"/.exec(html)?.[1]
    expect(nonceOf(first.html)).toBeTruthy()
    expect(nonceOf(first.html)).not.toBe(nonceOf(second.html))
  })

  it('says nothing to a browser without a session: a link from another site arrives without the SameSite=Strict cookie', async () => {
    const { html, bootData } = await page('/t/demo/identity/users')
    expect(bootData).toBeNull()
    expect(html).toBe(INDEX_HTML.replace('__GATEHOUSE_CSP_NONCE__', /nonce="([^"]+)"/.exec(html)?.[1] ?? 'missing'))
    expect((await page('/t/demo/identity/users', 'gatehouse_session=not-a-session')).bootData).toBeNull()
  })

  it("answers what GET /api/auth/session and GET /api/t/:tenant would, on a tenant's screen", async () => {
    const { bootData } = await page('/t/demo/identity/users?search=ada', admin)
    expect(bootData?.session).toEqual((await json(t.request('/api/auth/session', { headers: { cookie: admin } }))).session)
    expect(bootData?.tenantAccess).toEqual(await json(t.request('/api/t/demo', { headers: { cookie: admin } })))
    expect(bootData?.tenantAccess?.tenant.id).toBe('demo')
  })

  it("leaves tenant access out elsewhere, and where the API would answer 404 or 403 (the SPA asks and shows the API's error)", async () => {
    expect((await page('/console/audit-log', admin)).bootData?.tenantAccess).toBeNull()
    expect((await page('/t/no-such-tenant/identity/users', admin)).bootData?.tenantAccess).toBeNull()
    const create = await t.request('/api/tenants', { method: 'POST', headers: { ...SAME_ORIGIN, cookie: admin }, body: JSON.stringify({ id: 'acme', name: 'ACME' }) })
    expect(create.status).toBe(201)
    const acmeDesk = await createOperator('acme-desk', 'ACME desk', [{ role: 'helpdesk', tenantId: 'acme' }])
    const elsewhere = await page('/t/demo/identity/users', acmeDesk)
    expect(elsewhere.bootData?.session.operator.username).toBe('acme-desk')
    expect(elsewhere.bootData?.tenantAccess).toBeNull()
    expect((await page('/t/acme', acmeDesk)).bootData?.tenantAccess?.permissions).toContain('identity.users.lock')
  })

  it('keeps a hostile display name inert: it cannot close the data block, and arrives unchanged', async () => {
    const hostile = `</script><script>alert(1)</script><!-- $& $' $\``
    const cookie = await createOperator('hostile-name', hostile, [{ role: 'auditor', tenantId: null }])
    const { html, bootData } = await page('/t/demo/identity/users', cookie)
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<!-- $')
    expect(html.match(/<\/script>/g)).toHaveLength(2)
    expect(bootData?.session.operator.displayName).toBe(hostile)
  })
})
