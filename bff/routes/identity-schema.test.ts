import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { addFaults, requestCount } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

// The attribute schema end to end: console → BFF → Identity adapter → spawned simulator. What
// Identity holds is read straight from the simulator (GetSchema with the demo service user).

const sims = useSpawnedSimulators({ resetBeforeEach: 'identity' })

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
let admin: string
let helpdesk: string
let auditor: string

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity, GATEHOUSE_REAUTH_SECONDS: '600' })
  admin = await t.signIn('admin', 'admin-demo')
  helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
  auditor = await t.signIn('auditor', 'auditor-demo')
}, 60_000)
afterAll(async () => {
  await t?.close()
})

const SCHEMA = '/api/t/demo/identity/schema'
const SEEDED = ['Termination_Flag', 'EmployeeId', 'CostCenter']
const get = (path: string, cookie = admin) => t.request(`${SCHEMA}${path}`, { headers: { cookie } })
const send = (method: string, path: string, body: unknown, cookie = admin) =>
  t.request(`${SCHEMA}${path}`, { method, headers: { ...SAME_ORIGIN, cookie }, body: JSON.stringify(body) })

interface WireColumn {
  Name: string
  Title: string | null
  Description: string | null
  Type: string
  UserEditable: boolean
}

/** The columns the simulator holds, as a real client of the vendor API reads them. */
async function identityColumns(): Promise<WireColumn[]> {
  const token = (await (
    await fetch(`${sims.identity}/oauth2/platformtoken`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=demo-service%40gatehouse.sim&client_secret=demo-secret',
    })
  ).json()) as { access_token: string }
  const response = await fetch(`${sims.identity}/ExtData/GetSchema`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ Table: 'Users' }),
  })
  return ((await response.json()) as { Result: { Columns: WireColumn[] } }).Result.Columns
}
const names = async () => (await identityColumns()).map((column) => column.Name)
const lastAudit = async () =>
  t.db.selectFrom('audit_log').select(['action', 'result', 'target', 'reason', 'details']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow()

const badge = { name: 'Badge', title: 'Badge number', description: '<img src=x onerror=alert(1)>', type: 'Text', userEditable: false }
const seen = (column: { title: string | null; description: string | null; type: string; userEditable: boolean }) => ({
  title: column.title,
  description: column.description,
  type: column.type,
  userEditable: column.userEditable,
})

describe('reading', () => {
  it('answers the columns and the limit to every role that reads users', async () => {
    const schema = await json(get(''))
    expect(schema.columnLimit).toBe(25)
    expect(schema.columns.map((column: { name: string }) => column.name)).toEqual(SEEDED)
    expect(schema.columns[1]).toEqual({ name: 'EmployeeId', title: 'Employee ID', description: 'HR system identifier', type: 'Text', userEditable: false })
    expect((await get('', helpdesk)).status).toBe(200)
    expect((await get('', auditor)).status).toBe(200)
  })
})

describe('adding', () => {
  it('adds one attribute after the existing ones, audited', async () => {
    const response = await send('POST', '/attributes', { ...badge, reason: 'CHG-11' })
    expect(response.status).toBe(201)
    expect((await json(response)).columns.map((column: { name: string }) => column.name)).toEqual([...SEEDED, 'Badge'])
    expect((await identityColumns()).at(-1)).toEqual({ Name: 'Badge', Title: 'Badge number', Description: '<img src=x onerror=alert(1)>', Type: 'Text', UserEditable: false })
    expect(await names()).toEqual([...SEEDED, 'Badge'])
    expect(await lastAudit()).toMatchObject({ action: 'identity.schema.update', result: 'success', reason: 'CHG-11', target: 'attribute Badge (Users schema)' })
  })

  it('refuses a bad name or type beside the field, and sends nothing', async () => {
    const before = await requestCount(sims.identity, 'POST /ExtData/UpdateSchema')
    const bad = await send('POST', '/attributes', { ...badge, name: '1st badge', type: 'Blob' })
    expect(bad.status).toBe(400)
    const paths = (await json(bad)).error.details.fields.map((field: { path: string }) => field.path)
    expect(paths).toEqual(expect.arrayContaining(['name', 'type']))
    expect(await requestCount(sims.identity, 'POST /ExtData/UpdateSchema')).toBe(before)
  })

  it('refuses a name already taken, in any case, as a conflict on the name field', async () => {
    const response = await send('POST', '/attributes', { ...badge, name: 'costcenter' })
    expect(response.status).toBe(409)
    const body = await json(response)
    expect(body.error.details.fields[0]).toMatchObject({ path: 'name', message: expect.stringContaining('CostCenter already exists') })
    expect(await names()).toEqual(SEEDED)
    expect(await lastAudit()).toMatchObject({ action: 'identity.schema.update', result: 'failure' })
  })

  it('refuses to add beyond the column limit, keeping every column', async () => {
    for (let index = SEEDED.length; index < 25; index += 1) {
      expect((await send('POST', '/attributes', { ...badge, name: `Extra_${index}` })).status).toBe(201)
    }
    const full = await send('POST', '/attributes', { ...badge, name: 'OneTooMany' })
    expect(full.status).toBe(409)
    expect((await json(full)).error.message).toMatch(/25 of 25/)
    expect(await names()).toHaveLength(25)
  })

  it('is refused to helpdesk and auditor, and without a recent sign-in', async () => {
    expect((await send('POST', '/attributes', badge, helpdesk)).status).toBe(403)
    expect((await send('POST', '/attributes', badge, auditor)).status).toBe(403)
    const late = await t.signIn('admin', 'admin-demo')
    t.advance(11 * 60_000)
    try {
      const stale = await send('POST', '/attributes', badge, late)
      expect(stale.status).toBe(403)
      expect((await json(stale)).error.code).toBe('reauth_required')
    } finally {
      t.advance(-11 * 60_000)
    }
    expect(await names()).toEqual(SEEDED)
  })
})

describe('changing', () => {
  it('changes the title of one attribute and keeps every other column as it was', async () => {
    const before = await identityColumns()
    const employee = (await json(get(''))).columns[1]
    const response = await send('PATCH', '/attributes/EmployeeId', { ...seen(employee), title: 'HR number', expected: seen(employee), reason: 'CHG-12' })
    expect(response.status).toBe(200)
    const after = await identityColumns()
    expect(after[1]).toEqual({ ...before[1], Title: 'HR number' })
    expect(after.filter((_, index) => index !== 1)).toEqual(before.filter((_, index) => index !== 1))
    expect(await lastAudit()).toMatchObject({
      action: 'identity.schema.update',
      result: 'success',
      target: 'attribute EmployeeId (Users schema)',
      details: { before: { title: 'Employee ID' }, after: { title: 'HR number' } },
    })
  })

  it('refuses a change over one it has not seen (409), changing nothing', async () => {
    const employee = (await json(get(''))).columns[1]
    expect((await send('PATCH', '/attributes/EmployeeId', { ...seen(employee), title: 'First', expected: seen(employee) })).status).toBe(200)
    const stale = await send('PATCH', '/attributes/EmployeeId', { ...seen(employee), description: 'Second', expected: seen(employee) })
    expect(stale.status).toBe(409)
    expect((await json(stale)).error.message).toMatch(/changed by someone else/)
    expect((await identityColumns())[1]).toMatchObject({ Title: 'First', Description: 'HR system identifier' })
  })

  it('asks a reason for a type change, and answers 404 for an attribute that is not there', async () => {
    const cost = (await json(get(''))).columns[2]
    const noReason = await send('PATCH', '/attributes/CostCenter', { ...seen(cost), type: 'Int', expected: seen(cost) })
    expect(noReason.status).toBe(400)
    expect((await json(noReason)).error.details.fields[0].path).toBe('reason')
    expect((await identityColumns())[2]?.Type).toBe('Text')
    expect((await send('PATCH', '/attributes/CostCenter', { ...seen(cost), type: 'Int', expected: seen(cost), reason: 'CHG-13 numeric codes' })).status).toBe(200)
    expect((await identityColumns())[2]?.Type).toBe('Int')
    expect((await send('PATCH', '/attributes/Nope', { ...seen(cost), expected: seen(cost) })).status).toBe(404)
  })
})

describe('deleting', () => {
  it('deletes one attribute only with its name typed again and a reason, keeping the others, audited', async () => {
    expect((await send('DELETE', '/attributes/CostCenter', { confirmName: 'CostCenter' })).status).toBe(400)
    const mistyped = await send('DELETE', '/attributes/CostCenter', { confirmName: 'costcenter', reason: 'CHG-14' })
    expect(mistyped.status).toBe(400)
    expect((await json(mistyped)).error.details.fields[0]).toMatchObject({ path: 'confirmName' })
    expect(await names()).toEqual(SEEDED)

    const response = await send('DELETE', '/attributes/CostCenter', { confirmName: 'CostCenter', reason: 'CHG-14 finance moved to SAP' })
    expect(response.status).toBe(200)
    expect(await names()).toEqual(['Termination_Flag', 'EmployeeId'])
    expect(await lastAudit()).toMatchObject({
      action: 'identity.schema.delete-attribute',
      result: 'success',
      reason: 'CHG-14 finance moved to SAP',
      target: 'attribute CostCenter (Users schema)',
      details: { deleted: { title: 'Cost center', type: 'Text' }, columnsLeft: 2 },
    })
    expect((await send('DELETE', '/attributes/CostCenter', { confirmName: 'CostCenter', reason: 'again' })).status).toBe(404)
  })

  it('is refused to the auditor', async () => {
    expect((await send('DELETE', '/attributes/CostCenter', { confirmName: 'CostCenter', reason: 'CHG-15' }, auditor)).status).toBe(403)
    expect(await names()).toEqual(SEEDED)
  })
})

describe('together and under faults', () => {
  it('loses no column when two admins add at the same moment', async () => {
    const [first, second] = await Promise.all([
      send('POST', '/attributes', { ...badge, name: 'First_One' }),
      send('POST', '/attributes', { ...badge, name: 'Second_One' }),
    ])
    expect([first.status, second.status]).toEqual([201, 201])
    expect((await names()).sort()).toEqual([...SEEDED, 'First_One', 'Second_One'].sort())
  })

  it('after an unanswered UpdateSchema, reads the schema back rather than guessing', async () => {
    await addFaults(sims.identity, { kind: 'server-error', status: 503, pathPrefix: '/ExtData/UpdateSchema', times: 1 })
    const response = await send('POST', '/attributes', { ...badge, name: 'Flaky' })
    expect(response.status).toBe(201)
    expect(await names()).toEqual([...SEEDED, 'Flaky'])
  })

  it('keeps the existing PUT merging: nothing it is not sent is lost', async () => {
    const response = await send('PUT', '', { columns: [{ ...badge, name: 'EmployeeId', title: 'Staff number' }], reason: 'CHG-16' })
    expect(response.status).toBe(200)
    expect(await names()).toEqual(SEEDED)
    expect((await identityColumns())[1]).toMatchObject({ Title: 'Staff number' })
  })
})
