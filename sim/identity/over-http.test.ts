import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type RunningServer } from '../framework/sim-server'
import { createIdentityApp } from './app'
import { IDENTITY_DEMO_SERVICE_USER } from './data/identity-tenant'

// The same API through a real socket (free port): what a client with its own HTTP stack sees.

let server: RunningServer
const sim = createIdentityApp({ profile: 'small', seed: 'gatehouse' }, { rateLimit: { requests: 50, windowSeconds: 60 } })

beforeAll(async () => {
  server = await listen(sim.app, sim.context, { host: '127.0.0.1', port: 0 })
})

afterAll(async () => {
  await server.close()
})

describe('Identity over HTTP', () => {
  it('takes a form token request, then JSON, query and multipart calls with the bearer', async () => {
    const tokenResponse = await fetch(`${server.url}/OAuth2/PlatformToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-idap-native-client': 'true' },
      body: `grant_type=client_credentials&client_id=${encodeURIComponent(IDENTITY_DEMO_SERVICE_USER.name)}&client_secret=${IDENTITY_DEMO_SERVICE_USER.secret}`,
    })
    expect(tokenResponse.status).toBe(200)
    const { access_token: token, token_type: type } = (await tokenResponse.json()) as { access_token: string; token_type: string }
    const authorization = `${type} ${token}`

    const user = sim.context.data.users.at(11)!
    const byQuery = await fetch(`${server.url}/cdirectoryservice/getuser?id=${user.Uuid}`, { method: 'POST', headers: { authorization } })
    expect(await byQuery.json()).toMatchObject({ success: true, Result: { Uuid: user.Uuid } })

    const form = new FormData()
    form.append('FileName', 'people.csv')
    form.append('Icon', new Blob(['Login Name,Email Address\nwire.user,wire@gatehouse.sim\n'], { type: 'text/csv' }), 'people.csv')
    const upload = await fetch(`${server.url}/CDirectoryService/GetUsersFromCsvFile?importType=ImportBulkUser`, { method: 'POST', headers: { authorization }, body: form })
    const preview = (await upload.json()) as { success: boolean; Result: { ReturnID: string; Results: { Row: { Status: string } }[] } }
    expect(preview.Result.Results.map((result) => result.Row.Status)).toEqual(['Valid'])
    const submit = await fetch(`${server.url}/CDirectoryService/SubmitUploadedFile?importType=ImportBulkUser`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ AdminEmail: 'admin@gatehouse.sim', ReturnID: preview.Result.ReturnID, SendEmailInvite: false, SendSMSInvite: false }),
    })
    expect(await submit.json()).toMatchObject({ success: true, Result: expect.stringContaining('"success":true') })

    const scim = await fetch(`${server.url}/scim/Users?filter=${encodeURIComponent('userName eq "wire.user@gatehouse.sim"')}`, { headers: { authorization } })
    expect(await scim.json()).toMatchObject({ totalResults: 1, Resources: [{ userName: 'wire.user@gatehouse.sim', active: true }] })

    const unauthenticated = await fetch(`${server.url}/CDirectoryService/GetUser`, { method: 'POST' })
    expect(unauthenticated.status).toBe(401)
  })
})
