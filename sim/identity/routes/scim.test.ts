import { describe, expect, it } from 'vitest'
import { createIdentityTestSim, type IdentityTestSim } from '../test-support/identity-test-sim'

// SCIM Users and Groups over the Cloud Directory, at /scim/… and /scim/v2/….

const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User'
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error'

async function scim(sim: IdentityTestSim, method: string, path: string, body?: unknown) {
  const response = await sim.request(path, { method, body })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as Record<string, unknown> }
}

describe('SCIM Users', () => {
  it('POST /scim/Users creates a Cloud Directory user: 201, Location, the resource', async () => {
    const sim = await createIdentityTestSim()
    const manager = sim.context.data.users.at(4)!
    const organization = sim.context.data.organizations.at(3)!
    const created = await scim(sim, 'POST', '/scim/Users', {
      schemas: [CORE_USER, ENTERPRISE],
      userName: 'scim.user@gatehouse.sim',
      name: { familyName: 'Last', givenName: 'First' },
      password: 'Scim-Secret-1',
      active: true,
      emails: [{ type: 'work', primary: true, value: 'scim.user@gatehouse.sim' }],
      phoneNumbers: [{ type: 'mobile', value: '+1 555 222 3333' }],
      [ENTERPRISE]: { organization: organization.Name, manager: { value: manager.Uuid } },
    })
    expect(created.status).toBe(201)
    const id = created.body.id as string
    expect(created.headers.get('location')).toBe(`http://identity.test/Scim/Users/${id}`)
    expect(created.body).toMatchObject({
      schemas: [CORE_USER, ENTERPRISE],
      userName: 'scim.user@gatehouse.sim',
      displayName: 'scim.user',
      name: { formatted: 'scim.user', familyName: 'Last', givenName: 'First' },
      active: true,
      emails: [{ type: 'work', primary: true, value: 'scim.user@gatehouse.sim' }],
      phoneNumbers: [{ type: 'mobile', value: '+1 555 222 3333' }],
      meta: { resourceType: 'User', location: `http://identity.test/Scim/Users/${id}` },
      [ENTERPRISE]: { organization: organization.Name, manager: { value: manager.Uuid } },
    })
    expect((created.body.meta as { created: string }).created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/)
    expect(await sim.result('/CDirectoryService/GetUser', { ID: id })).toMatchObject({ Name: 'scim.user@gatehouse.sim', Mail: 'scim.user@gatehouse.sim', ReportsTo: manager.Name })
  })

  it('refuses a taken userName (409), a missing one (400) and missing schemas, in SCIM errors', async () => {
    const sim = await createIdentityTestSim()
    const taken = await scim(sim, 'POST', '/scim/v2/Users', { schemas: [CORE_USER], userName: sim.context.data.users.at(9)!.Name })
    expect(taken.status).toBe(409)
    expect(taken.body).toEqual({ schemas: [ERROR], status: '409', scimType: 'uniqueness', detail: expect.any(String) })
    expect((await scim(sim, 'POST', '/scim/Users', { schemas: [CORE_USER] })).body).toMatchObject({ status: '400', scimType: 'invalidValue' })
    expect((await scim(sim, 'POST', '/scim/Users', { userName: 'x@gatehouse.sim' })).body).toMatchObject({ status: '400', scimType: 'invalidSyntax' })
    expect((await scim(sim, 'POST', '/scim/Users', { schemas: [CORE_USER], userName: 'x@elsewhere.example' })).status).toBe(400)
  })

  it('PUT /scim/Users/{id} replaces the attributes; active=false is the cloud lock', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(15)!
    const replaced = await scim(sim, 'PUT', `/scim/Users/${user.Uuid}`, { schemas: [CORE_USER], id: user.Uuid, userName: `renamed.${user.Name.replace(/^[=+-]/, '')}`, active: false })
    expect(replaced.status).toBe(200)
    expect(replaced.body).toMatchObject({ id: user.Uuid, active: false, displayName: expect.any(String) })
    expect(replaced.body.emails).toBeUndefined()
    expect(await sim.result('/UserMgmt/IsUserCloudLocked', undefined, { user: user.Uuid })).toBe(true)
    expect(await sim.result('/CDirectoryService/GetUser', { ID: user.Uuid })).toMatchObject({ Mail: null, Name: replaced.body.userName })
    expect((await scim(sim, 'PUT', '/scim/Users/00000000-0000-4000-8000-000000000000', { schemas: [CORE_USER], userName: 'a@gatehouse.sim' })).body).toEqual({ schemas: [ERROR], status: '404', detail: 'User not found' })
  })

  it('lists users with filter, startIndex, count, sortBy and attributes', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(17)!
    const byName = await scim(sim, 'GET', `/scim/Users?filter=${encodeURIComponent(`userName eq "${user.Name.toUpperCase()}"`)}`)
    expect(byName.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, itemsPerPage: 1, startIndex: 1 })
    expect((byName.body.Resources as { id: string }[])[0]!.id).toBe(user.Uuid)

    const page = await scim(sim, 'GET', '/scim/v2/Users?sortBy=userName&sortOrder=descending&startIndex=5&count=3&attributes=userName')
    const names = sim.context.data.users.slice(0, 300).map((candidate) => candidate.Name.toLowerCase()).sort().reverse()
    expect(page.body).toMatchObject({ totalResults: 300, itemsPerPage: 3, startIndex: 5 })
    const resources = page.body.Resources as Record<string, unknown>[]
    expect(resources.map((resource) => String(resource.userName).toLowerCase())).toEqual(names.slice(4, 7))
    expect(Object.keys(resources[0]!).sort()).toEqual(['id', 'schemas', 'userName'])

    const contains = await scim(sim, 'GET', `/scim/Users?filter=${encodeURIComponent('emails.value co "SMITH" or userName sw "zz"')}`)
    expect(contains.body.totalResults).toBe(sim.context.data.users.slice(0, 300).filter((candidate) => candidate.Mail?.toLowerCase().includes('smith') || candidate.Name.toLowerCase().startsWith('zz')).length)
    expect((await scim(sim, 'GET', `/scim/Users?filter=${encodeURIComponent('title pr')}`)).body).toMatchObject({ status: '400', scimType: 'invalidFilter' })
  })

  it('takes back a resource it served unchanged (GET then PUT), odd logins included', async () => {
    const sim = await createIdentityTestSim()
    const odd = sim.context.data.users.slice(1, 300).find((user) => /^[=+-]/.test(user.Name))!
    const resource = (await scim(sim, 'GET', `/scim/Users/${odd.Uuid}`)).body
    const put = await scim(sim, 'PUT', `/scim/Users/${odd.Uuid}`, resource)
    expect(put.status).toBe(200)
    expect({ ...put.body, meta: null }).toEqual({ ...resource, meta: null })
  })

  it('DELETE /scim/Users/{id} answers 204', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(18)!
    const deleted = await sim.request(`/scim/Users/${user.Uuid}`, { method: 'DELETE' })
    expect(deleted.status).toBe(204)
    expect((await scim(sim, 'GET', `/scim/Users/${user.Uuid}`)).status).toBe(404)
  })
})

describe('SCIM Groups', () => {
  it('GET /scim/Groups lists the roles with members; filter, sort and page them', async () => {
    const sim = await createIdentityTestSim()
    const list = await scim(sim, 'GET', '/scim/Groups')
    expect(list.body).toMatchObject({ totalResults: 14, startIndex: 1 })
    const sysadmin = (list.body.Resources as Record<string, unknown>[]).find((resource) => resource.id === 'sysadmin')!
    expect(sysadmin).toMatchObject({ displayName: 'System Administrator', schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], meta: { resourceType: 'Group', location: 'http://identity.test/Scim/Groups/sysadmin' } })
    const members = sysadmin.members as { value: string; type: string; display: string; $ref: string }[]
    expect(members.map((member) => member.value)).toContain(sim.context.data.users.at(0)!.Uuid)
    expect(members[0]).toMatchObject({ type: 'User', $ref: expect.stringContaining('/Scim/Users/') })

    const filtered = await scim(sim, 'GET', `/scim/v2/Groups?filter=${encodeURIComponent('displayName eq "system administrator"')}&excludedAttributes=members`)
    expect(filtered.body.totalResults).toBe(1)
    expect((filtered.body.Resources as Record<string, unknown>[])[0]!.members).toBeUndefined()
    const sorted = await scim(sim, 'GET', '/scim/Groups?sortBy=displayName&count=2&startIndex=2&attributes=displayName')
    const names = sim.context.data.roles.slice(0, 20).map((role) => role.Name.toLowerCase()).sort()
    expect((sorted.body.Resources as { displayName: string }[]).map((resource) => resource.displayName.toLowerCase())).toEqual(names.slice(1, 3))
  })

  it('DELETE /scim/Groups/{id} deletes a role (204), not the built-in one, and 404s unknown ids', async () => {
    const sim = await createIdentityTestSim()
    const role = sim.context.data.roles.at(4)!
    const member = sim.context.data.users.slice(0, 300).find((user) => user.internal.roleIds.includes(role.ID))!
    expect((await sim.request(`/scim/Groups/${role.ID}`, { method: 'DELETE' })).status).toBe(204)
    expect((await scim(sim, 'GET', `/scim/Groups/${role.ID}`)).body).toEqual({ schemas: [ERROR], status: '404', detail: 'Group not found' })
    const roles = await sim.result<{ Results: { Row: { ID: string } }[] }>('/UserMgmt/GetUsersRolesAndAdministrativeRights', { ID: member.Uuid })
    expect(roles.Results.map((result) => result.Row.ID)).not.toContain(role.ID)
    expect((await scim(sim, 'DELETE', '/scim/Groups/sysadmin')).body).toMatchObject({ status: '400', scimType: 'mutability' })
    expect((await scim(sim, 'DELETE', '/scim/Groups/no_such_group')).status).toBe(404)
  })
})
