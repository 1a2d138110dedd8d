import { describe, expect, it } from 'vitest'
import { createIdentityTestSim } from '../test-support/identity-test-sim'

// One account state: a change made through any endpoint shows in all the others.

describe('one account state behind every endpoint', () => {
  it('a cloud lock shows in IsUserCloudLocked, GetUser, GetUserAttributes, the directory query and SCIM', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.slice(1, 300).find((candidate) => candidate.State === 'None' && !candidate.LockedByAdmin)!
    const look = async () => {
      const directory = await sim.result<{ User: { Results: { Row: Record<string, unknown> }[] } }>('/UserMgmt/DirectoryServiceQuery', { user: JSON.stringify({ InternalName: user.Uuid }) })
      const scim = (await (await sim.request(`/scim/Users/${user.Uuid}`, { method: 'GET' })).json()) as { active: boolean }
      return {
        cloudLocked: await sim.result('/UserMgmt/IsUserCloudLocked', undefined, { user: user.Uuid }),
        state: (await sim.result<{ State: string }>('/CDirectoryService/GetUser', { ID: user.Uuid })).State,
        cloudState: (await sim.result<{ CloudState: string }>('/UserMgmt/GetUserAttributes', { ID: user.Uuid })).CloudState,
        directory: directory.User.Results[0]!.Row,
        scimActive: scim.active,
      }
    }
    expect(await look()).toMatchObject({ cloudLocked: false, state: 'None', cloudState: 'None', directory: { Locked: false, Status: 'Active', Enabled: true }, scimActive: true })
    await sim.result('/UserMgmt/SetCloudLock', undefined, { user: user.Uuid, lockUser: 'true' })
    expect(await look()).toMatchObject({ cloudLocked: true, state: 'Locked', cloudState: 'Locked', directory: { Locked: true, Status: 'Locked', Enabled: true }, scimActive: false })
    await sim.result('/CDirectoryService/ChangeUserState', { uuid: user.Uuid, state: false })
    expect(await look()).toMatchObject({ state: 'Locked, Disabled', directory: { Locked: true, Status: 'Suspended', Enabled: false }, scimActive: false })

    // SCIM active=true lifts both the cloud lock and the suspension.
    const resource = (await (await sim.request(`/scim/Users/${user.Uuid}`, { method: 'GET' })).json()) as Record<string, unknown>
    const put = await sim.request(`/scim/Users/${user.Uuid}`, { method: 'PUT', body: { ...resource, active: true } })
    expect(put.status).toBe(200)
    expect(await look()).toMatchObject({ cloudLocked: false, state: 'None', cloudState: 'None', directory: { Locked: false, Status: 'Active', Enabled: true }, scimActive: true })
  })
})
