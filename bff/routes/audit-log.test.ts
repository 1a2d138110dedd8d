import { sql } from 'kysely'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntrySummary } from '../../contract/audit-log'
import { appendAudit, type AuditEntryInput } from '../audit/audit-chain'
import { hashPassword } from '../security/passwords'
import { createOperator } from '../store/operators-repo'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>

const T0 = Date.parse('2026-01-05T08:00:00Z')
const minutes = (n: number) => new Date(T0 + n * 60_000)
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/

const ACTORS = ['alice', 'bob', 'carol'] as const
const ACTIONS = ['operator.create', 'operator.disable', 'operator.update-roles'] as const
const RESULTS = ['success', 'failure', 'denied'] as const

/** 60 entries a minute apart from T0: actors, actions and results in turn; every other one in tenant "acme". */
async function seed(t: TestApp) {
  for (let n = 1; n <= 60; n++) {
    await appendAudit(
      t.db,
      {
        actorId: null,
        actor: ACTORS[n % 3] ?? 'alice',
        ip: '198.51.100.7',
        tenantId: n % 2 === 0 ? 'acme' : null,
        action: ACTIONS[n % 3] ?? 'operator.create',
        target: `user-${n}`,
        reason: `ticket CHG-${n}`,
        result: RESULTS[Math.floor(n / 3) % 3] ?? 'success',
        details: { n },
      },
      minutes(n),
    )
  }
}

const append = (t: TestApp, entry: Partial<AuditEntryInput>, at = minutes(1000)) =>
  appendAudit(t.db, { actorId: null, actor: 'seed', ip: '203.0.113.9', action: 'operator.create', result: 'success', ...entry }, at)

describe('audit log API: reading', () => {
  let t: TestApp
  const cookies: Record<string, string> = {}
  const get = (query: string, role = 'auditor') => t.request(`/api/console/audit-log${query}`, { headers: { cookie: cookies[role] ?? '' } })
  const items = async (query: string): Promise<AuditEntrySummary[]> => (await json(get(query))).items

  beforeAll(async () => {
    t = await createTestApp()
    await seed(t)
    for (const role of ['admin', 'helpdesk', 'auditor']) cookies[role] = await t.signIn(role, `${role}-demo`)
  })
  afterAll(async () => {
    await t.close()
  })

  it('lists newest first, a page at a time, with the total', async () => {
    const response = await get('?pageSize=25&page=2&tenant=acme')
    expect(response.status).toBe(200)
    const body = await json(response)
    expect(body).toMatchObject({ total: 30, page: 2, pageSize: 25 })
    expect(body.items.map((item: AuditEntrySummary) => item.seq)).toEqual([10, 8, 6, 4, 2])
    expect(body.items[0]).toEqual({
      seq: 10,
      at: minutes(10).toISOString(),
      actor: 'bob',
      ip: '198.51.100.7',
      tenantId: 'acme',
      action: 'operator.disable',
      target: 'user-10',
      reason: 'ticket CHG-10',
      result: 'success',
      details: { n: 10 },
    })
    expect(body.items[0].at).toMatch(ISO_WITH_OFFSET)
  })

  it('defaults to page 1 of 50, newest first, and can list oldest first', async () => {
    const body = await json(get(''))
    expect(body).toMatchObject({ page: 1, pageSize: 50 })
    expect(body.items).toHaveLength(50)
    const seqs = body.items.map((item: AuditEntrySummary) => item.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a))
    expect((await items('?order=oldest&pageSize=25')).slice(0, 3).map((item) => item.seq)).toEqual([1, 2, 3])
  })

  it('answers a page past the end with no items and the real total', async () => {
    expect(await json(get('?tenant=acme&page=9&pageSize=25'))).toEqual({ items: [], total: 30, page: 9, pageSize: 25 })
  })

  it('filters by actor (case-insensitive, part of the name), action, tenant and result', async () => {
    expect((await items('?actor=LIC&pageSize=200')).every((item) => item.actor === 'alice')).toBe(true)
    expect(await items('?actor=LIC&pageSize=200')).toHaveLength(20)
    const combined = await items('?action=operator.disable&tenant=acme&result=failure&pageSize=200')
    // seq n (= its seed number) has action ACTIONS[n % 3], tenant acme when even, result RESULTS[floor(n / 3) % 3].
    const expected = Array.from({ length: 60 }, (_, i) => 60 - i).filter((n) => n % 3 === 1 && n % 2 === 0 && Math.floor(n / 3) % 3 === 1)
    expect(expected.length).toBeGreaterThan(1)
    expect(combined.map((item) => item.seq)).toEqual(expected)
  })

  it('filters by time window, inclusive at both ends', async () => {
    const window = await items(`?from=${encodeURIComponent(minutes(5).toISOString())}&to=${encodeURIComponent('2026-01-05T10:07:00+02:00')}`)
    expect(window.map((item) => item.seq)).toEqual([7, 6, 5])
  })

  it('searches target and reason for free text, with % and _ taken literally', async () => {
    expect((await items('?q=user-42')).map((item) => item.seq)).toEqual([42])
    expect((await items('?q=chg-7')).map((item) => item.seq)).toEqual([7])
    await append(t, { target: 'quota', reason: 'raised to 50% for ACME' })
    await append(t, { target: 'quota', reason: 'raised to 500 for ACME' })
    const literal = await items(`?q=${encodeURIComponent('50%')}`)
    expect(literal.map((item) => item.reason)).toEqual(['raised to 50% for ACME'])
    expect(await items(`?q=${encodeURIComponent('user_1')}`)).toEqual([])
  })

  it('refuses bad input with 400 naming each field, and records nothing', async () => {
    const before = await countEntries(t)
    const cases: Array<[string, string[]]> = [
      ['?from=yesterday', ['from']],
      ['?to=2026-01-05T08:00:00', ['to']],
      ['?result=maybe', ['result']],
      ['?action=operator.explode', ['action']],
      ['?page=0&pageSize=30', ['page', 'pageSize']],
      [`?from=${encodeURIComponent(minutes(10).toISOString())}&to=${encodeURIComponent(minutes(5).toISOString())}`, ['to']],
      ['?actor=a&actor=b', ['actor']],
      ['?acton=auth.sign-in', ['']],
    ]
    for (const [query, paths] of cases) {
      const response = await get(query)
      expect(response.status, query).toBe(400)
      const body = await json(response)
      expect(body.error.code).toBe('validation_failed')
      expect(body.error.details.fields.map((field: { path: string }) => field.path), query).toEqual(paths)
    }
    const unknown = await json(get('?acton=auth.sign-in'))
    expect(unknown.error.details.fields[0].message).toBe('Unknown query parameter: acton')
    const reversed = await json(get(`?from=${encodeURIComponent(minutes(10).toISOString())}&to=${encodeURIComponent(minutes(5).toISOString())}`))
    expect(reversed.error.details.fields[0].message).toBe('"From" must not be later than "to"')
    expect(await countEntries(t)).toBe(before)
  })

  it('lets admin read too; refuses helpdesk with 403 naming the permission, and anyone signed out with 401', async () => {
    expect((await get('', 'admin')).status).toBe(200)
    for (const path of ['', '/export.csv']) {
      const response = await get(path, 'helpdesk')
      expect(response.status).toBe(403)
      expect(await json(response)).toEqual({
        error: {
          code: 'forbidden',
          message: 'You do not have the permission this needs: console.audit-log.read.',
          details: { permission: 'console.audit-log.read' },
        },
      })
    }
    const verify = await t.request('/api/console/audit-log/verify', { method: 'POST', headers: { ...SAME_ORIGIN, cookie: cookies.helpdesk ?? '' } })
    expect(verify.status).toBe(403)
    expect((await t.request('/api/console/audit-log')).status).toBe(401)
  })

  it('refuses an auditor whose role covers one tenant only: the audit log is console-wide', async () => {
    await createOperator(
      t.db,
      { username: 'tenant-auditor', displayName: 'Tenant auditor', passwordHash: await hashPassword('tenant-auditor-pw'), grants: [{ role: 'auditor', tenantId: 'demo' }] },
      new Date(),
    )
    const cookie = await t.signIn('tenant-auditor', 'tenant-auditor-pw')
    const response = await t.request('/api/console/audit-log', { headers: { cookie } })
    expect(response.status).toBe(403)
  })
})

describe('audit log API: CSV export', () => {
  let t: TestApp
  let auditor = ''
  const exportCsv = (query = '') => t.request(`/api/console/audit-log/export.csv${query}`, { headers: { cookie: auditor } })

  beforeAll(async () => {
    t = await createTestApp()
    auditor = await t.signIn('auditor', 'auditor-demo')
  })
  afterAll(async () => {
    await t.close()
  })

  it('neutralises spreadsheet formulas, writes ISO times with offset, and names a dated attachment', async () => {
    const dangerous = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\tindented', '\rcarriage', '=1\n+2']
    // Targets are stored as given (reasons are trimmed, which would drop a leading tab or CR).
    for (const [i, target] of dangerous.entries()) await append(t, { tenantId: 'csv', target, reason: `reason ${i}` }, minutes(i))
    await append(t, { tenantId: 'csv', actor: '=evil-actor', target: 'plain, "quoted" text', reason: null, details: { note: '=x' } }, minutes(50))

    const response = await exportCsv('?tenant=csv')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const today = new Date().toISOString().slice(0, 10)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="gatehouse-audit-log-${today}.csv"`)

    const text = await response.text()
    expect(text.split('\r\n')[0]).toBe('seq,at,actor,ip,tenant,action,target,reason,result,details,hash')
    const { data } = Papa.parse<Record<string, string>>(text.trim(), { header: true })
    expect(data).toHaveLength(dangerous.length + 1)
    const newest = data[0]
    expect(newest).toMatchObject({ actor: "'=evil-actor", target: 'plain, "quoted" text', reason: '', tenant: 'csv', result: 'success' })
    expect(data.slice(1).map((row) => row.target).reverse()).toEqual(dangerous.map((target) => `'${target}`))
    expect(data[1]?.reason).toBe(`reason ${dangerous.length - 1}`)
    for (const row of data) {
      expect(row.at).toMatch(ISO_WITH_OFFSET)
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/)
    }
    expect(JSON.parse(newest?.details ?? '')).toEqual({ note: '=x' })
    expect(data[1]?.details).toBe('')
  })

  it('records the export itself, with the filter used and the row count', async () => {
    await append(t, { tenantId: 'counted', target: 'a' })
    await append(t, { tenantId: 'counted', target: 'b' })
    const text = await (await exportCsv('?tenant=counted&result=success')).text()
    expect(text.trim().split('\r\n')).toHaveLength(3)
    const logged = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'audit.export').orderBy('seq', 'desc').executeTakeFirstOrThrow()
    expect(logged).toMatchObject({ actor: 'auditor', result: 'success' })
    expect(logged.details).toMatchObject({ format: 'csv', filter: { tenant: 'counted', result: 'success' }, rows: 2 })
  })

  it('streams a log longer than one export batch, every row once, newest first', async () => {
    await t.db.insertInto('audit_log').values(await continueChain(t, 1_234, 'bulk')).execute()
    const text = await (await exportCsv('?tenant=bulk')).text()
    const { data } = Papa.parse<Record<string, string>>(text.trim(), { header: true })
    expect(data).toHaveLength(1_234)
    const seqs = data.map((row) => Number(row.seq))
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a))
    expect(new Set(seqs).size).toBe(1_234)
  })

  it('exports only the header when nothing matches, and refuses bad filters with 400', async () => {
    const empty = await (await exportCsv('?tenant=nobody')).text()
    expect(empty).toBe('seq,at,actor,ip,tenant,action,target,reason,result,details,hash\r\n')
    const bad = await exportCsv('?result=nope&page=2')
    expect(bad.status).toBe(400)
    expect((await json(bad)).error.details.fields.map((field: { path: string }) => field.path)).toEqual(['result', ''])
  })
})

describe('audit log API: verifying the chain', () => {
  let t: TestApp
  let auditor = ''
  const verify = (headers: Record<string, string> = SAME_ORIGIN) =>
    t.request('/api/console/audit-log/verify', { method: 'POST', headers: { ...headers, cookie: auditor } })

  beforeAll(async () => {
    t = await createTestApp()
    auditor = await t.signIn('auditor', 'auditor-demo')
  })
  afterAll(async () => {
    await t.close()
  })

  it('reports an intact chain, records the check, then finds a tampered entry', async () => {
    await seed(t)
    const entries = await countEntries(t)
    const first = await verify()
    expect(first.status).toBe(200)
    expect(await json(first)).toEqual({ ok: true, checked: entries })
    const recorded = await t.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow()
    expect(recorded).toMatchObject({ action: 'audit.verify', actor: 'auditor', result: 'success' })
    expect(recorded.details).toMatchObject({ checked: entries })

    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.db)
    await t.db.updateTable('audit_log').set({ reason: 'rewritten' }).where('seq', '=', 7).execute()
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(t.db)

    const broken = await json(verify())
    expect(broken).toEqual({ ok: false, checked: 6, brokenAt: { seq: 7, problem: 'its content no longer matches its hash' } })
    const failure = await t.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow()
    expect(failure).toMatchObject({ action: 'audit.verify', result: 'failure' })
    expect(failure.details).toMatchObject({ checked: 6, brokenAt: { seq: 7 } })
  })

  it('refuses a cross-site POST', async () => {
    const response = await verify({ 'x-gatehouse-csrf': '1', 'sec-fetch-site': 'cross-site' })
    expect(response.status).toBe(403)
    expect((await json(response)).error.code).toBe('csrf_rejected')
  })
})

async function countEntries(t: TestApp): Promise<number> {
  const { count } = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow()
  return Number(count)
}

/** Valid chain rows after the current end of the log, built in memory so a long log costs one insert. */
async function continueChain(t: TestApp, count: number, tenantId: string) {
  const { entryHash } = await import('../audit/audit-chain')
  const last = await t.db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').executeTakeFirst()
  let seq = last?.seq ?? 0
  let prevHash = last?.hash ?? '0'.repeat(64)
  const rows = []
  for (let i = 0; i < count; i++) {
    seq++
    const e = { seq, at: minutes(i), actorId: null, actor: 'bulk', ip: '::1', tenantId, action: 'auth.sign-in', target: `t${i}`, reason: null, result: 'success' as const, details: null, prevHash }
    const hash = entryHash(e)
    rows.push({ seq, at: e.at, actor_id: null, actor: e.actor, ip: e.ip, tenant_id: tenantId, action: e.action, target: e.target, reason: null, result: e.result, details: null, prev_hash: prevHash, hash })
    prevHash = hash
  }
  return rows
}
