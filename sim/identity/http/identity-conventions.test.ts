import { describe, expect, it } from 'vitest'
import { createIdentityTestSim } from '../test-support/identity-test-sim'

// The conventions every Identity endpoint shares: the envelope, HTTP 200 for application errors,
// case-insensitive paths and argument names, arguments from the query or the body.

const ENVELOPE_KEYS = ['ErrorCode', 'ErrorID', 'Exception', 'InnerExceptions', 'IsSoftError', 'Message', 'MessageID', 'Result', 'success']

describe('Identity conventions', () => {
  it('answers in the documented envelope, success and failure alike', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(7)!
    const ok = await sim.envelope('/CDirectoryService/GetUser', { ID: user.Uuid })
    expect(Object.keys(ok).sort()).toEqual(ENVELOPE_KEYS)
    expect(ok).toMatchObject({ success: true, Message: null, MessageID: null, Exception: null, ErrorID: null, ErrorCode: null, IsSoftError: false, InnerExceptions: null })

    const failed = await sim.envelope('/CDirectoryService/GetUser', { ID: '00000000-0000-4000-8000-000000000000' })
    expect(Object.keys(failed).sort()).toEqual(ENVELOPE_KEYS)
    expect(failed).toMatchObject({ success: false, Result: null, IsSoftError: false, InnerExceptions: null, ErrorCode: null })
    expect(failed.Message).toEqual(expect.any(String))
    expect(failed.MessageID).toMatch(/^_I18N_System\./)
    expect(failed.Exception).toContain(failed.Message)
    expect(failed.ErrorID).toMatch(/^[0-9a-f-]{36}:[0-9a-f]{32}$/)
  })

  it('matches paths case-insensitively', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(9)!
    for (const path of ['/CDirectoryService/GetUser', '/cdirectoryservice/getuser', '/CDIRECTORYSERVICE/GETUSER']) {
      expect(await sim.result<{ Uuid: string }>(path, { ID: user.Uuid })).toMatchObject({ Uuid: user.Uuid })
    }
  })

  it('takes arguments from the query or the JSON body, names in any case, booleans as text', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(12)!
    expect(await sim.result('/UserMgmt/GetUserRiskLevel', undefined, { ID: user.Uuid })).toMatchObject({ Uuid: user.Uuid })
    expect(await sim.result('/UserMgmt/GetUserRiskLevel', { id: user.Uuid })).toMatchObject({ Uuid: user.Uuid })
    expect(await sim.result('/UserMgmt/GetUserRiskLevel', { Id: user.Uuid })).toMatchObject({ Uuid: user.Uuid })
    // Body wins over the query where both name an argument.
    const other = sim.context.data.users.at(13)!
    expect(await sim.result('/UserMgmt/GetUserRiskLevel', { ID: other.Uuid }, { ID: user.Uuid })).toMatchObject({ Uuid: other.Uuid })

    await sim.result('/UserMgmt/SetCloudLock', undefined, { user: user.Uuid, lockUser: 'True' })
    expect(await sim.result('/UserMgmt/IsUserCloudLocked', undefined, { user: user.Uuid })).toBe(true)
    await sim.result('/UserMgmt/SetCloudLock', { user: user.Uuid, lockUser: false })
    expect(await sim.result('/UserMgmt/IsUserCloudLocked', { USER: user.Uuid })).toBe(false)
  })

  it('writes dates as /Date(ms)/ and "never" as .NET DateTime.MinValue', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(20)!
    const view = await sim.result<Record<string, string>>('/CDirectoryService/GetUser', { ID: user.Uuid })
    expect(view.CreateDate).toBe(`/Date(${user.CreateDate})/`)
    const created = await sim.result<string>('/CDirectoryService/CreateUser', { Name: 'new.person@gatehouse.sim' })
    const fresh = await sim.result<Record<string, string>>('/CDirectoryService/GetUser', { ID: created })
    expect(fresh.LastPasswordChangeDate).toBe('/Date(-62135596800000)/')
    expect(fresh.CreateDate).toBe(`/Date(${sim.clock.ms})/`)
  })

  it('reports bad input and unknown endpoints in the envelope', async () => {
    const sim = await createIdentityTestSim()
    const malformed = await sim.request('/CDirectoryService/GetUser', { body: '{"ID": ', headers: { 'content-type': 'application/json' } })
    expect(malformed.status).toBe(200)
    expect(await malformed.json()).toMatchObject({ success: false, Message: expect.stringContaining('JSON') })
    expect(await sim.failure('/CDirectoryService/GetUser', {})).toContain("'ID'")
    const unknown = await sim.request('/CDirectoryService/NoSuchAction', { body: {} })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ success: false })
  })

  it('renders injected faults in the envelope, with Retry-After', async () => {
    const sim = await createIdentityTestSim()
    sim.context.faults.add({ kind: 'too-many-requests', retryAfterSeconds: 3, pathPrefix: '/cdirectoryservice/', times: 1 })
    const response = await sim.request('/CDirectoryService/GetUserAttributes')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('3')
    expect(await response.json()).toMatchObject({ success: false, Result: null, Message: 'Too Many Requests' })
  })

  it('refuses callers without the administrative right, in the envelope', async () => {
    const sim = await createIdentityTestSim()
    const id = await sim.result<string>('/CDirectoryService/CreateUser', { Name: 'robot@gatehouse.sim', Password: 'Robot-1234', OauthClient: true })
    const token = ((await (await sim.platformToken('robot@gatehouse.sim', 'Robot-1234')).json()) as { access_token: string }).access_token
    const target = sim.context.data.users.at(30)!
    const refused = await sim.request('/CDirectoryService/GetUser', { token, body: { ID: target.Uuid } })
    expect(refused.status).toBe(200)
    expect(await refused.json()).toMatchObject({ success: false, MessageID: '_I18N_System.UnauthorizedAccessException' })
    // A user may read themselves.
    const self = await sim.request('/CDirectoryService/GetUser', { token, body: { ID: id } })
    expect(await self.json()).toMatchObject({ success: true, Result: { Uuid: id } })
  })
})
