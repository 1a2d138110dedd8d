import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportRowInput } from '../../contract/identity-imports'
import { createApp } from '../app'
import type { Deps } from '../app-env'
import { createVendorRegistry } from '../connections/vendor-registry'
import { createTestApp, json, SAME_ORIGIN, TEST_ORIGIN } from '../test-support/test-app'
import { addFaults, collection, requestCount } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'
import { insertImportJob, recordImportRow } from '../store/identity-imports-repo'
import { createImportJobRunner } from './import-job-runner'

// Import jobs end to end: console → BFF → job runner → spawned Identity simulator. Outcomes are
// checked in what the simulator holds and in how many CreateUser requests it saw.

const sims = useSpawnedSimulators({ resetBeforeEach: 'identity' })

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
let admin: string
let helpdesk: string
let auditor: string

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity })
  admin = await t.signIn('admin', 'admin-demo')
  helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
  auditor = await t.signIn('auditor', 'auditor-demo')
}, 60_000)
afterAll(async () => {
  await t?.close()
})

const BASE = '/api/t/demo/identity/imports'
const send = (method: string, path: string, body: unknown, cookie = admin) =>
  t.request(`${BASE}${path}`, { method, headers: { ...SAME_ORIGIN, cookie }, body: JSON.stringify(body) })
const get = (path: string, cookie = admin) => t.request(`${BASE}${path}`, { headers: { cookie } })

function rows(tag: string, count: number): ImportRowInput[] {
  return Array.from({ length: count }, (_, index) => ({
    line: index + 2,
    username: `imp-${tag}-${index}@gatehouse.sim`,
    email: `imp-${tag}-${index}@example.com`,
    displayName: `Import ${tag} ${index}`,
    mobileNumber: '',
    officeNumber: '',
    description: index === 0 ? '=cmd|x <img src=x onerror=alert(1)>' : '',
    organization: '',
  }))
}

interface SimUser {
  Uuid: string
  Name: string
  Mail: string | null
  DisplayName: string
}
const simUsersNamed = async (prefix: string) => (await collection<SimUser>(sims.identity, 'users')).filter((user) => user.Name.startsWith(prefix))
const createUserCount = () => requestCount(sims.identity, 'POST /CDirectoryService/CreateUser')

async function waitForJob(id: string, cookie = admin) {
  await t.deps.imports.idle()
  return json(get(`/${id}`, cookie))
}

describe('import preview', () => {
  it('flags every bad row with its line and reason, and sends nothing', async () => {
    const input = rows('pv', 6)
    input[1] = { ...input[1]!, email: 'not-an-email' }
    input[2] = { ...input[2]!, username: input[0]!.username.toUpperCase() }
    input[3] = { ...input[3]!, username: '' }
    input[4] = { ...input[4]!, username: 'demo-service@gatehouse.sim' }
    const before = await createUserCount()
    const preview = await json(send('POST', '/preview', { rows: input }))
    expect(preview.rows).toBe(6)
    expect(preview.valid).toBe(2)
    expect(preview.issues.map((issue: { line: number; column: string }) => [issue.line, issue.column])).toEqual([
      [3, 'email'],
      [4, 'username'],
      [5, 'username'],
      [6, 'username'],
    ])
    expect(preview.issues[1].message).toMatch(/Duplicate login name.*line 2/)
    expect(preview.issues[3].message).toMatch(/already exists/)
    expect(await createUserCount()).toBe(before)
  })

  it('is refused to helpdesk and auditor, and refuses bad input with field errors', async () => {
    expect((await send('POST', '/preview', { rows: rows('x', 1) }, helpdesk)).status).toBe(403)
    expect((await get('', auditor)).status).toBe(403)
    const bad = await send('POST', '/preview', { rows: [] })
    expect(bad.status).toBe(400)
    expect((await json(bad)).error.details.fields[0].path).toBe('rows')
  })
})

describe('import jobs', () => {
  it('creates the valid rows, rejects the bad ones with reasons, reports every row and audits start and finish', async () => {
    const input = rows('ok', 12)
    input[5] = { ...input[5]!, email: 'bad@' }
    input[7] = { ...input[7]!, organization: 'No Such Organization' }
    const created = await send('POST', '', { fileName: 'people.csv', rows: input, sendInvite: false, reason: 'CHG-1' })
    expect(created.status).toBe(201)
    const job = await waitForJob((await json(created)).id)
    expect(job).toMatchObject({ status: 'completed', total: 12, created: 10, rejected: 2, remaining: 0 })

    const held = await simUsersNamed('imp-ok-')
    expect(held.map((user) => user.Name).sort()).toEqual(input.filter((_, index) => index !== 5 && index !== 7).map((row) => row.username).sort())
    expect(held.find((user) => user.Name === input[0]!.username)).toMatchObject({ Mail: input[0]!.email, DisplayName: 'Import ok 0' })

    const rejected = await json(get(`/${job.id}/rows?status=rejected`))
    expect(rejected.items.map((row: { line: number; message: string }) => [row.line, row.message])).toEqual([
      [7, expect.stringMatching(/not an e-mail address/)],
      [9, expect.stringMatching(/No Such Organization.*not found/i)],
    ])
    const report = await (await get(`/${job.id}/report.csv`)).text()
    expect(report.split('\r\n')[0]).toBe('line,username,email,status,message,userUuid')
    expect(report.trim().split('\r\n')).toHaveLength(13)

    const audit = await t.db.selectFrom('audit_log').select(['action', 'result', 'actor', 'details']).where('action', 'like', 'identity.import.%').orderBy('seq').execute()
    expect(audit.slice(-2).map((entry) => [entry.action, entry.result, entry.actor])).toEqual([
      ['identity.import.start', 'success', 'admin'],
      ['identity.import.finish', 'success', 'admin'],
    ])
  })

  it('rides out 429s: every row created once, none rejected', async () => {
    await addFaults(sims.identity, { kind: 'too-many-requests', retryAfterSeconds: 1, pathPrefix: '/CDirectoryService/CreateUser', share: 0.3 })
    const input = rows('tm', 15)
    const job = await waitForJob((await json(send('POST', '', { fileName: 'throttled.csv', rows: input, sendInvite: false }))).id)
    expect(job).toMatchObject({ status: 'completed', created: 15, rejected: 0 })
    expect(await simUsersNamed('imp-tm-')).toHaveLength(15)
  })

  it('after a 5xx checks whether the user exists before sending again, and creates nobody twice', async () => {
    await addFaults(sims.identity, { kind: 'server-error', status: 503, pathPrefix: '/CDirectoryService/CreateUser', share: 0.25, times: 4 })
    const input = rows('se', 10)
    const lookUpsBefore = await requestCount(sims.identity, 'POST /Redrock/query')
    const job = await waitForJob((await json(send('POST', '', { fileName: 'flaky.csv', rows: input, sendInvite: false }))).id)
    expect(job).toMatchObject({ status: 'completed', created: 10, rejected: 0 })
    expect(await simUsersNamed('imp-se-')).toHaveLength(10)
    // 10 creates + the 4 refused by the fault, each followed by a look-up before the resend.
    expect(await createUserCount()).toBe(14)
    expect((await requestCount(sims.identity, 'POST /Redrock/query')) - lookUpsBefore).toBeGreaterThanOrEqual(4 + 2)
  })

  it('cancels the rows not sent yet and says so in the report', async () => {
    await addFaults(sims.identity, { kind: 'latency', latencyMs: 150, pathPrefix: '/CDirectoryService/CreateUser' })
    const job = await json(send('POST', '', { fileName: 'slow.csv', rows: rows('cx', 200), sendInvite: false }))
    expect((await send('POST', `/${job.id}/cancel`, {})).status).toBe(400)
    const cancelled = await send('POST', `/${job.id}/cancel`, { reason: 'wrong file' })
    expect(cancelled.status).toBe(200)
    const done = await waitForJob(job.id)
    expect(done.status).toBe('cancelled')
    expect(done.created + done.cancelled).toBe(200)
    expect(done.cancelled).toBeGreaterThan(0)
    expect(await simUsersNamed('imp-cx-')).toHaveLength(done.created)
    expect((await send('POST', `/${job.id}/cancel`, { reason: 'again' })).status).toBe(409)
  })
})

describe('restarts', () => {
  /** A second BFF over the same store: its own vendor adapters and job runner, as after a restart. */
  function restartedDeps(): Deps {
    const vendors = createVendorRegistry({ db: t.db, sealer: t.deps.sealer, log: t.deps.log })
    return { ...t.deps, vendors, imports: createImportJobRunner({ db: t.db, vendors, log: t.deps.log, now: t.deps.now }) }
  }

  it('resumes a job stopped mid-way on the next start, without sending any row twice', async () => {
    await addFaults(sims.identity, { kind: 'latency', latencyMs: 60, pathPrefix: '/CDirectoryService/CreateUser' })
    const input = rows('rs', 60)
    const job = await json(send('POST', '', { fileName: 'restart.csv', rows: input, sendInvite: false }))
    // Let some rows through, then shut this instance's runner down as a BFF shutdown does.
    for (let waited = 0; (await json(get(`/${job.id}`))).created < 5 && waited < 100; waited++) await new Promise((resolve) => setTimeout(resolve, 50))
    await t.deps.imports.stop()
    const midway = await json(get(`/${job.id}`))
    expect(midway.status).toBe('running')
    expect(midway.remaining).toBeGreaterThan(0)

    const next = restartedDeps()
    const app = createApp(next)
    await next.imports.start()
    await next.imports.idle()
    const done = await json(app.request(`${TEST_ORIGIN}${BASE}/${job.id}`, { headers: { cookie: admin } }))
    await next.imports.stop()
    expect(done).toMatchObject({ status: 'completed', created: 60, rejected: 0, remaining: 0 })
    expect(await simUsersNamed('imp-rs-')).toHaveLength(60)
    expect(await createUserCount()).toBe(60)
  })

  it('after a crash between sending and recording, counts the row as created without sending it again', async () => {
    const input = rows('cr', 4)
    const jobId = 'crashed-job'
    await insertImportJob(
      t.db,
      { id: jobId, tenantId: 'demo', fileName: 'crash.csv', sendInvite: false, createdById: null, createdBy: 'admin', reason: null },
      input.map((row) => ({ ...row, status: 'pending', message: null })),
      t.deps.now(),
    )
    // What a crash leaves: line 2 sent and created but not recorded; line 3 marked but never sent.
    const identity = await t.deps.vendors.identity('demo')
    const uuid = await identity.call('/CDirectoryService/CreateUser', { Name: input[0]!.username, Mail: input[0]!.email }, { read: false })
    await recordImportRow(t.db, jobId, 2, { status: 'sending' }, t.deps.now())
    await recordImportRow(t.db, jobId, 3, { status: 'sending' }, t.deps.now())
    const createsBefore = await createUserCount()

    const next = restartedDeps()
    await next.imports.start()
    await next.imports.idle()
    await next.imports.stop()
    const done = await json(get(`/${jobId}`))
    expect(done).toMatchObject({ status: 'completed', created: 4, rejected: 0 })
    const first = (await json(get(`/${jobId}/rows`))).items[0]
    expect(first).toMatchObject({ line: 2, status: 'created', userUuid: uuid, message: expect.stringMatching(/confirmed/) })
    expect((await createUserCount()) - createsBefore).toBe(3)
    expect(await simUsersNamed('imp-cr-')).toHaveLength(4)
  })
})
