import type { Page } from '@playwright/test'
import { apiWriteHeaders, expect, signInAs, test } from '../support/fixtures'
import { identityApi } from '../support/identity-api'

// The attribute schema (Identity ExtData, Users), checked by what the Identity simulator holds.
// Each run adds its own uniquely named attribute and deletes it again, so the tenant's column
// limit (25) never fills up however often the journeys run against one simulator.

interface WireColumn {
  Name: string
  Title: string | null
  Description: string | null
  Type: string
  UserEditable: boolean
}

/** The columns Identity holds, read as a real client of the vendor API reads them. */
async function identitySchema(): Promise<{ Columns: WireColumn[]; ColumnLimit: number }> {
  return (await identityApi('/ExtData/GetSchema', { Table: 'Users' })) as { Columns: WireColumn[]; ColumnLimit: number }
}

/** Every column other than `name`, exactly as Identity holds it. */
const othersThan = (columns: WireColumn[], name: string) => columns.filter((column) => column.Name !== name)

/** Requests the page sends to change the schema, to prove a refused form sent nothing. */
function schemaWrites(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/identity/schema') && request.method() !== 'GET') seen.push(`${request.method()} ${request.url()}`)
  })
  return seen
}

const HOSTILE = '<img src=x onerror=alert(1)>'

test('admin adds an attribute, edits its title and deletes it; every other attribute stays', async ({ page, scan }) => {
  test.setTimeout(90_000)
  const name = `E2E_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const before = await identitySchema()
  // Runs cut short leave their attribute behind; this journey needs one free column.
  expect(before.Columns.length, 'the simulator has no free attribute column: left-over E2E_ attributes?').toBeLessThan(before.ColumnLimit)
  const writes = schemaWrites(page)

  await signInAs(page, 'admin')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'User attributes' }).click()
  await expect(page.getByRole('heading', { name: 'User attributes', level: 1 })).toBeVisible()
  const table = page.getByRole('table', { name: 'User attributes' })
  await expect(table.getByRole('row', { name: /EmployeeId/ })).toBeVisible()
  await expect(page.getByText(new RegExp(`^\\d+ of ${before.ColumnLimit} attributes`))).toBeVisible()
  await scan()

  // A bad name is refused beside the field, and nothing is sent.
  await page.getByRole('button', { name: 'Add attribute' }).click()
  const add = page.getByRole('dialog', { name: 'Add attribute' })
  await add.getByLabel('Name').fill('1st badge')
  await add.getByRole('button', { name: 'Add attribute' }).click()
  await expect(add.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
  await expect(add.getByText('Letters, digits and _ only, starting with a letter or _ (at most 64)')).toBeVisible()
  await add.getByLabel('Name').fill('employeeid')
  await add.getByRole('button', { name: 'Add attribute' }).click()
  await expect(add.getByText('An attribute named EmployeeId already exists; edit it instead.')).toBeVisible()
  expect(writes).toEqual([])
  await scan()

  await add.getByLabel('Name').fill(name)
  await add.getByLabel('Title (optional)').fill(`Badge ${HOSTILE}`)
  await add.getByLabel('Description (optional)').fill('=cmd|calc made by an e2e journey')
  await add.getByRole('combobox', { name: 'Type' }).click()
  await page.getByRole('option', { name: 'Whole number (Int)' }).click()
  await add.getByLabel('Reason or ticket (optional)').fill('E2E-ATTR add')
  await add.getByRole('button', { name: 'Add attribute' }).click()
  await expect(add).toBeHidden()
  const row = table.getByRole('row', { name: new RegExp(name) })
  await expect(row).toContainText(`Badge ${HOSTILE}`)
  await expect(row).toContainText('=cmd|calc made by an e2e journey')

  const added = await identitySchema()
  expect(added.Columns.find((column) => column.Name === name)).toEqual({
    Name: name,
    Title: `Badge ${HOSTILE}`,
    Description: '=cmd|calc made by an e2e journey',
    Type: 'Int',
    UserEditable: false,
  })
  expect(othersThan(added.Columns, name)).toEqual(expect.arrayContaining(before.Columns))

  // Edit the title; a type change would warn and ask a reason.
  await page.getByRole('button', { name: `Actions for attribute ${name}` }).click()
  await page.getByRole('menuitem', { name: 'Edit…' }).click()
  const edit = page.getByRole('dialog', { name: `Edit attribute ${name}` })
  await expect(edit.getByText('A name cannot change')).toBeVisible()
  await edit.getByRole('combobox', { name: 'Type' }).click()
  await page.getByRole('option', { name: 'Text' }).click()
  await expect(edit.getByText('Changing the type from Whole number to Text is risky')).toBeVisible()
  await expect(edit.getByLabel('Reason or ticket', { exact: true })).toBeVisible()
  await scan()
  await edit.getByRole('combobox', { name: 'Type' }).click()
  await page.getByRole('option', { name: 'Whole number (Int)' }).click()
  await expect(edit.getByText(/is risky/)).toBeHidden()
  await edit.getByLabel('Title (optional)').fill('Badge number')
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(edit).toBeHidden()
  await expect(row).toContainText('Badge number')
  const edited = await identitySchema()
  expect(edited.Columns.find((column) => column.Name === name)).toMatchObject({ Title: 'Badge number', Type: 'Int' })
  expect(othersThan(edited.Columns, name)).toEqual(expect.arrayContaining(before.Columns))

  // Delete: the name typed again and a reason, or nothing happens.
  const writesBeforeDelete = writes.length
  await page.getByRole('button', { name: `Actions for attribute ${name}` }).click()
  await page.getByRole('menuitem', { name: 'Delete…' }).click()
  const remove = page.getByRole('dialog', { name: `Delete attribute ${name}?` })
  await remove.getByLabel(`Type ${name} to confirm`).fill(name.toLowerCase())
  await remove.getByRole('button', { name: 'Delete attribute' }).click()
  await expect(remove.getByText(`Type the attribute's name exactly: ${name}`)).toBeVisible()
  await expect(remove.getByText('Give a reason or ticket (at least 3 characters)')).toBeVisible()
  expect(writes).toHaveLength(writesBeforeDelete)
  await scan()
  await remove.getByLabel(`Type ${name} to confirm`).fill(name)
  await remove.getByLabel('Reason or ticket', { exact: true }).fill('E2E-ATTR clean-up')
  await remove.getByRole('button', { name: 'Delete attribute' }).click()
  await expect(remove).toBeHidden()
  await expect(table.getByRole('row', { name: new RegExp(name) })).toHaveCount(0)
  const after = await identitySchema()
  expect(after.Columns.map((column) => column.Name)).not.toContain(name)
  expect(after.Columns).toEqual(expect.arrayContaining(before.Columns))
})

test('auditor reads the schema without any control, and the API refuses a change', async ({ page, scan, baseURL }) => {
  await signInAs(page, 'auditor')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'User attributes' }).click()
  const table = page.getByRole('table', { name: 'User attributes' })
  await expect(table.getByRole('row', { name: /Termination_Flag/ })).toBeVisible()
  await expect(page.getByText('Read-only: changing the schema is for admins')).toBeVisible()
  await expect(page.getByRole('button', { name: /Add attribute|Actions for attribute/ })).toHaveCount(0)
  await scan()

  const origin = baseURL ?? ''
  const refused = await page.request.post(`${origin}/api/t/demo/identity/schema/attributes`, {
    headers: apiWriteHeaders(origin),
    data: { name: 'Auditor_Was_Here', title: null, description: null, type: 'Text', userEditable: false },
  })
  expect(refused.status()).toBe(403)
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden')
  const deleted = await page.request.delete(`${origin}/api/t/demo/identity/schema/attributes/EmployeeId`, {
    headers: apiWriteHeaders(origin),
    data: { confirmName: 'EmployeeId', reason: 'auditor tries' },
  })
  expect(deleted.status()).toBe(403)
  const names = (await identitySchema()).Columns.map((column) => column.Name)
  expect(names).not.toContain('Auditor_Was_Here')
  expect(names).toContain('EmployeeId')
})

test('helpdesk has no attribute schema screen: the address shows a 403 naming the permission', async ({ page }) => {
  await signInAs(page, 'helpdesk')
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'User attributes' })).toHaveCount(0)
  await page.goto('/t/demo/identity/attributes')
  await expect(page.getByRole('heading', { name: 'You do not have access to this' })).toBeVisible()
  await expect(page.getByText('identity.schema.read')).toBeVisible()
})
