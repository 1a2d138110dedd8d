import { describe, expect, it } from 'vitest'
import type { RedrockResult } from '../envelope/redrock-result'
import { createIdentityTestSim, type IdentityTestSim } from '../test-support/identity-test-sim'
import { JOB_SUBMITTED } from './cdirectory-bulk-import'

// Bulk import: GetUsersFromCsvFile (upload + per-row check) then SubmitUploadedFile (create).

const QUERY = { importType: 'ImportBulkUser' }

function upload(sim: IdentityTestSim, csv: string, fileName = 'users.csv') {
  const form = new FormData()
  form.append('FileName', fileName)
  form.append('Icon', new Blob([csv], { type: 'text/csv' }), fileName)
  return sim.request('/CDirectoryService/GetUsersFromCsvFile', { query: QUERY, body: form })
}

async function preview(sim: IdentityTestSim, csv: string): Promise<RedrockResult> {
  const answer = (await (await upload(sim, csv)).json()) as { success: boolean; Result: RedrockResult; Message: string | null }
  expect(answer.success, answer.Message ?? '').toBe(true)
  return answer.Result
}

describe('bulk user import', () => {
  it('previews every row with its reason, creates exactly the valid ones and reports them to the admin', async () => {
    const sim = await createIdentityTestSim()
    const existing = sim.context.data.users.at(5)!
    const csv = [
      'Login Name,Email Address,Display Name,Mobile Number,Password Never Expires',
      'grace.hopper,grace@gatehouse.sim,Grace Hopper,+1 555 100 2000,yes',
      `"${existing.Name}",dup@gatehouse.sim,Taken,,`,
      'alan.turing@gatehouse.sim,not-an-email,Alan,,',
      'grace.hopper@gatehouse.sim,g2@gatehouse.sim,Grace Again,,',
      ',nobody@gatehouse.sim,No Login,,',
      'katherine.johnson@gatehouse.sim,kj@gatehouse.sim,"Johnson, Katherine",,maybe',
      '"margaret.hamilton@gatehouse.sim","mh@gatehouse.sim","Margaret ""Maggie"" Hamilton",,false',
      '',
    ].join('\r\n')
    const result = await preview(sim, csv)
    expect(result.ReturnID).toMatch(/users\.csv$/)
    expect(result).toMatchObject({ Count: 7, FullCount: 7 })
    const rows = result.Results.map((entry) => entry.Row)
    expect(rows.map((row) => [row.RowNumber, row.Status])).toEqual([
      [2, 'Valid'], [3, 'Invalid'], [4, 'Invalid'], [5, 'Invalid'], [6, 'Invalid'], [7, 'Invalid'], [8, 'Valid'],
    ])
    expect(rows[1]!.Error).toContain('already exists')
    expect(rows[2]!.Error).toContain('e-mail')
    expect(rows[3]!.Error).toContain('more than once')
    expect(rows[4]!.Error).toContain('missing')
    expect(rows[5]!.Error).toContain('true or false')
    expect(rows[6]).toMatchObject({ Name: 'margaret.hamilton@gatehouse.sim', DisplayName: 'Margaret "Maggie" Hamilton', Error: null })
    expect(sim.context.data.users.size).toBe(300)

    const submitted = await sim.result<string>('/CDirectoryService/SubmitUploadedFile', { AdminEmail: 'admin@gatehouse.sim', ReturnID: result.ReturnID, SendEmailInvite: true, SendSMSInvite: false }, QUERY)
    expect(JSON.parse(submitted)).toMatchObject({ success: true, Result: JOB_SUBMITTED, Message: null })
    expect(sim.context.data.users.size).toBe(302)
    const grace = await sim.result<{ DisplayName: string; Mail: string }>('/CDirectoryService/GetUserByName', { username: 'grace.hopper@gatehouse.sim' })
    expect(grace).toMatchObject({ DisplayName: 'Grace Hopper', Mail: 'grace@gatehouse.sim' })
    expect(await sim.result('/UserMgmt/GetUserAttributes', { ID: (grace as unknown as { Uuid: string }).Uuid })).toMatchObject({ PasswordNeverExpire: true })

    const report = sim.context.data.outbox.slice(0, 100).find((message) => message.kind === 'BulkImportReport')!
    expect(report).toMatchObject({ channel: 'Email', to: 'admin@gatehouse.sim' })
    const details = report.details as { created: { row: number; name: string }[]; rejected: { row: number; reason: string }[] }
    expect(details.created.map((entry) => [entry.row, entry.name])).toEqual([[2, 'grace.hopper@gatehouse.sim'], [8, 'margaret.hamilton@gatehouse.sim']])
    expect(details.rejected.map((entry) => entry.row)).toEqual([3, 4, 5, 6, 7])
    expect(sim.context.data.outbox.slice(0, 100).filter((message) => message.kind === 'Invitation').map((message) => message.to)).toEqual(['grace@gatehouse.sim', 'mh@gatehouse.sim'])

    expect(await sim.failure('/CDirectoryService/SubmitUploadedFile', { AdminEmail: 'admin@gatehouse.sim', ReturnID: result.ReturnID }, QUERY)).toContain('already been imported')
  })

  it('checks the rows again on submit: a login taken since the preview is rejected and reported', async () => {
    const sim = await createIdentityTestSim()
    const result = await preview(sim, 'Login Name\nlate.comer\nother.one\n')
    await sim.result('/CDirectoryService/CreateUser', { Name: 'late.comer@gatehouse.sim' })
    await sim.result('/CDirectoryService/SubmitUploadedFile', { AdminEmail: 'admin@gatehouse.sim', ReturnID: result.ReturnID }, QUERY)
    const report = sim.context.data.outbox.slice(0, 10).find((message) => message.kind === 'BulkImportReport')!
    expect(report.details).toMatchObject({ created: [{ row: 3, name: 'other.one@gatehouse.sim' }], rejected: [{ row: 2, reason: expect.stringContaining('already exists') }] })
  })

  it('takes the JSON form naming an uploaded file, with default field values', async () => {
    const sim = await createIdentityTestSim()
    await preview(sim, 'LoginName,InEverybodyRole\nservice.bot,\nperson.one,true\n')
    const registered = await sim.result<RedrockResult>('/CDirectoryService/GetUsersFromCsvFile', { FileName: 'users.csv', 'users.csv': { InEverybodyRole: false, SendEmailInvite: true } }, QUERY)
    await sim.result('/CDirectoryService/SubmitUploadedFile', { AdminEmail: 'admin@gatehouse.sim', ReturnID: registered.ReturnID }, QUERY)
    expect(await sim.result('/CDirectoryService/GetUserByName', { username: 'service.bot@gatehouse.sim' })).toMatchObject({ InEverybodyRole: false })
    expect(await sim.result('/CDirectoryService/GetUserByName', { username: 'person.one@gatehouse.sim' })).toMatchObject({ InEverybodyRole: true })
    expect(await sim.failure('/CDirectoryService/GetUsersFromCsvFile', { FileName: 'never-uploaded.csv' }, QUERY)).toContain('not been uploaded')
  })

  it('refuses files it cannot read as a whole', async () => {
    const sim = await createIdentityTestSim()
    const message = async (csv: string) => ((await (await upload(sim, csv)).json()) as { success: boolean; Message: string }).Message
    expect(await message('Email Address\nx@gatehouse.sim\n')).toContain("'Login Name'")
    expect(await message('Login Name,Shoe Size\na,42\n')).toContain("unknown column 'Shoe Size'")
    expect(await message('Login Name\n"unclosed\n')).toContain('not valid CSV')
    expect(await message('')).toContain('empty')
    expect(await message(`Login Name\n${Array.from({ length: 10_001 }, (_, i) => `u${i}`).join('\n')}`)).toContain('at most 10000')
    expect(await sim.failure('/CDirectoryService/SubmitUploadedFile', { AdminEmail: 'admin@gatehouse.sim', ReturnID: 'nope' }, QUERY)).toContain('ReturnID')
    expect(await sim.failure('/CDirectoryService/GetUsersFromCsvFile', { FileName: 'x.csv' }, { importType: 'ImportRoles' })).toContain('not supported')
  })

  it('forgets uploads on /__sim/reset', async () => {
    const sim = await createIdentityTestSim()
    const result = await preview(sim, 'Login Name\nsomeone\n')
    sim.context.reset()
    const token = ((await (await sim.platformToken('demo-service@gatehouse.sim', 'demo-secret')).json()) as { access_token: string }).access_token
    const answer = await sim.request('/CDirectoryService/SubmitUploadedFile', { token, query: QUERY, body: { AdminEmail: 'admin@gatehouse.sim', ReturnID: result.ReturnID } })
    expect(await answer.json()).toMatchObject({ success: false })
  })
})
