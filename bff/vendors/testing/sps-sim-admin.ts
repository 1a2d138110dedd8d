/**
 * Test set-up straight against an SPS simulator's REST API, as SPS's own `admin` would do it:
 * one transaction, committed. For giving a test person an SPS footprint without going through
 * the console under test.
 */
export async function spsCommitAsAdmin(baseUrl: string, change: (api: SpsAdminApi) => Promise<void>): Promise<void> {
  const login = await fetch(`${baseUrl}/api/authentication`, { headers: { authorization: `Basic ${Buffer.from('admin:sps-admin').toString('base64')}` } })
  if (!login.ok) throw new Error(`SPS login answered ${login.status}`)
  const cookie = (login.headers.getSetCookie().find((line) => line.startsWith('session_id=')) ?? '').split(';')[0] ?? ''
  const send = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`SPS ${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`)
    return text ? JSON.parse(text) : null
  }
  await send('POST', '/api/transaction')
  try {
    await change({
      async createLocalUser(name) {
        const answer = (await send('POST', '/api/configuration/aaa/local_database/users', { name, password: null })) as { key: string }
        return answer.key
      },
      async createUsergroup(name, members) {
        const answer = (await send('POST', '/api/configuration/aaa/local_database/groups', { name, members })) as { key: string }
        return answer.key
      },
    })
    await send('PUT', '/api/transaction', { status: 'commit', message: 'test set-up' })
  } catch (error) {
    await send('DELETE', '/api/transaction').catch(() => undefined)
    throw error
  }
}

export interface SpsAdminApi {
  /** A local user without a password object; answers its key. */
  createLocalUser(name: string): Promise<string>
  createUsergroup(name: string, memberKeys: string[]): Promise<string>
}

/** The committed local usergroups, with their members as SPS answers them. */
export async function spsCommittedGroups(baseUrl: string): Promise<Array<{ key: string; name: string; members: string[] }>> {
  const login = await fetch(`${baseUrl}/api/authentication`, { headers: { authorization: `Basic ${Buffer.from('admin:sps-admin').toString('base64')}` } })
  const cookie = (login.headers.getSetCookie().find((line) => line.startsWith('session_id=')) ?? '').split(';')[0] ?? ''
  const read = async (path: string) => (await (await fetch(`${baseUrl}${path}`, { headers: { cookie } })).json()) as Record<string, unknown>
  const list = (await read('/api/configuration/aaa/local_database/groups')) as { items: Array<{ key: string }> }
  return Promise.all(
    list.items.map(async ({ key }) => {
      const group = (await read(`/api/configuration/aaa/local_database/groups/${key}`)) as { body: { name: string; members: unknown[] } }
      const members = group.body.members.map((member) => (typeof member === 'string' ? member : (member as { key: string }).key))
      return { key, name: group.body.name, members }
    }),
  )
}
