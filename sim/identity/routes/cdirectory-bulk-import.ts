import { randomBytes } from 'node:crypto'
import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { checkUserCsvRows, readUserCsv, type CheckedRow } from '../bulk-import/user-csv-rows'
import type { UploadedCsvFile } from '../bulk-import/uploaded-csv-files'
import { badArgument, IdentityApiError, notFound } from '../envelope/identity-api-error'
import { successEnvelope } from '../envelope/identity-envelope'
import { REDROCK_TYPE, redrockResult } from '../envelope/redrock-result'
import { registerAction, type ActionContext } from '../http/identity-action'
import type { IdentityRuntime } from '../identity-runtime'
import { sendMessage } from '../model/outbox'
import { addUser } from '../model/user-creation'
import { checkMail } from '../model/user-fields'
import { sendInvitations } from '../model/user-change'

// Bulk user import in two steps (S3):
//  1. GetUsersFromCsvFile?importType=ImportBulkUser — the CSV as multipart form data (`FileName` and
//     the file, under any field name; the portal uses `Icon`), or JSON naming a file uploaded
//     before, with default values: `{"FileName": "users.csv", "users.csv": {...}}`. Answers a
//     Redrock-style table of the rows (valid or not, and why) whose ReturnID names the upload.
//  2. SubmitUploadedFile?importType=ImportBulkUser `{AdminEmail, ReturnID, SendEmailInvite,
//     SendSMSInvite}` — creates the rows that are (still) valid; Result is the JSON text of an inner
//     envelope saying the job was submitted, as observed live. The per-row report goes to
//     AdminEmail (the simulator's outbox).

export const IMPORT_TYPE = 'ImportBulkUser'
export const JOB_SUBMITTED = 'Your job for creating users has been submitted successfully. An email will be sent to you after the job has been completed.'

const PREVIEW_COLUMNS = [
  { name: 'RowNumber', type: REDROCK_TYPE.unspecified },
  { name: 'Name', type: REDROCK_TYPE.text },
  { name: 'DisplayName', type: REDROCK_TYPE.text },
  { name: 'Mail', type: REDROCK_TYPE.text },
  { name: 'Status', type: REDROCK_TYPE.text },
  { name: 'Error', type: REDROCK_TYPE.text },
]

function checkImportType(action: ActionContext): void {
  const type = action.args.string('importType')
  if (type && type.toLowerCase() !== IMPORT_TYPE.toLowerCase()) throw badArgument(`Import type '${type}' is not supported: use ${IMPORT_TYPE}.`)
}

export function registerCDirectoryBulkImport(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  registerAction(app, runtime, '/CDirectoryService/GetUsersFromCsvFile', 'manage', (action) => {
    checkImportType(action)
    const part = action.body.files[0]
    const fileName = action.args.string('FileName')?.trim() || part?.fileName || ''
    if (fileName === '') throw badArgument("Parameter 'FileName' must be specified.")
    let text: string
    if (part) text = new TextDecoder('utf-8').decode(part.bytes)
    else {
      const uploaded = action.runtime.uploads.byName(fileName)
      if (!uploaded) throw notFound(`File '${fileName}' has not been uploaded: send it as multipart form data.`)
      text = uploaded.text
    }
    const defaultsArg = action.args.raw(fileName)
    const defaults = typeof defaultsArg === 'object' && defaultsArg !== null && !Array.isArray(defaultsArg) ? (defaultsArg as Record<string, unknown>) : {}
    const rows = checkUserCsvRows(action.data, readUserCsv(text, defaults), action.now())
    const file: UploadedCsvFile = { returnId: returnIdFor(fileName, action.now()), fileName, text, defaults, submitted: false }
    action.runtime.uploads.add(file)
    return { ...redrockResult(PREVIEW_COLUMNS, rows.map(previewRow), rows.length), ReturnID: file.returnId }
  })

  registerAction(app, runtime, '/CDirectoryService/SubmitUploadedFile', 'manage', (action) => {
    checkImportType(action)
    const returnId = action.args.requiredString('ReturnID')
    const adminEmail = checkMail(action.args.requiredString('AdminEmail'))
    const file = action.runtime.uploads.byId(returnId)
    if (!file) throw notFound(`No uploaded file has the ReturnID '${returnId}'.`)
    if (file.submitted) throw new IdentityApiError(`The file '${file.fileName}' has already been imported.`)
    file.submitted = true

    // Checked again: the tenant may have changed since the preview.
    const rows = checkUserCsvRows(action.data, readUserCsv(file.text, file.defaults), action.now())
    const sendEmail = action.args.bool('SendEmailInvite') ?? false
    const sendSms = action.args.bool('SendSmsInvite') ?? false
    const created: { row: number; name: string; uuid: string }[] = []
    const rejected: { row: number; name: string; reason: string }[] = []
    for (const row of rows) {
      if (row.user === null) {
        rejected.push({ row: row.line, name: row.name, reason: row.error ?? 'The row could not be imported.' })
        continue
      }
      addUser(action.data, row.user)
      created.push({ row: row.line, name: row.user.Name, uuid: row.user.Uuid })
      sendInvitations(action.data, row.user, { email: sendEmail, sms: sendSms }, action.now())
    }
    sendMessage(action.data, action.now(), {
      channel: 'Email',
      kind: 'BulkImportReport',
      to: adminEmail,
      userUuid: null,
      details: { returnId, fileName: file.fileName, created, rejected },
    })
    return JSON.stringify(successEnvelope(JOB_SUBMITTED))
  })
}

function previewRow(row: CheckedRow) {
  return {
    entityType: 'BulkUser',
    key: String(row.line),
    row: {
      RowNumber: row.line,
      Name: row.name,
      DisplayName: row.user?.DisplayName ?? null,
      Mail: row.user?.Mail ?? null,
      Status: row.user ? 'Valid' : 'Invalid',
      Error: row.error,
    },
  }
}

/** "The formatted name of the CSV" (reference): the upload's time and a nonce around the file name. */
function returnIdFor(fileName: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:T]/g, '').slice(0, 14)
  return `${stamp}_${randomBytes(4).toString('hex')}_${fileName.replace(/[^\w.-]/g, '_')}`
}
