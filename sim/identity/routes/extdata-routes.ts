import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import type { ExtDataColumn } from '../data/identity-tenant'
import { badArgument, notFound } from '../envelope/identity-api-error'
import { asBoolean, asText } from '../http/identity-args'
import { registerAction, type ActionContext } from '../http/identity-action'
import type { IdentityRuntime } from '../identity-runtime'
import { extDataType, servedExtDataValue, storedExtDataValue } from '../model/extdata-values'
import { requireUser } from '../model/user-lookup'
import { changeUser } from '../model/user-change'

// ExtData: the tenant's extended user attributes — the schema (column definitions) and each
// user's values. Only the Users table exists.

export const EXTDATA_COLUMN_LIMIT = 25
export const EXTDATA_INDEX_LIMIT = 5
const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

function requireUsersTable(action: ActionContext): void {
  const table = action.args.requiredString('Table')
  if (table.toLowerCase() !== 'users') throw notFound(`Table '${table}' was not found.`)
}

export function registerExtDataRoutes(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  registerAction(app, runtime, '/ExtData/GetSchema', 'authenticated', (action) => {
    requireUsersTable(action)
    return { Columns: action.data.extDataColumns, Indexes: [], ColumnLimit: EXTDATA_COLUMN_LIMIT, IndexLimit: EXTDATA_INDEX_LIMIT }
  })

  // The full column set: a column left out is deleted (S2 relies on it).
  registerAction(app, runtime, '/ExtData/UpdateSchema', 'sysadmin', (action) => {
    requireUsersTable(action)
    const columns = schemaColumns(action.args.raw('Columns'))
    if (columns.length > EXTDATA_COLUMN_LIMIT) throw badArgument(`A table can have at most ${EXTDATA_COLUMN_LIMIT} attributes.`)
    action.data.extDataColumns = columns
    return null
  })

  registerAction(app, runtime, '/ExtData/GetColumns', 'authenticated', (action) => {
    requireUsersTable(action)
    const user = requireUser(action.data, action.args.string('ID'))
    action.requireFor(user, 'read')
    const includeNulls = action.args.bool('IncludeNulls') ?? false
    const values: Record<string, unknown> = {}
    for (const column of action.data.extDataColumns) {
      const value = servedExtDataValue(column, user.internal.extData[column.Name])
      if (value !== null || includeNulls) values[column.Name] = value
    }
    return values
  })

  // A user may set their own values of columns marked UserEditable; others need User Management.
  registerAction(app, runtime, '/ExtData/SetColumns', 'authenticated', (action) => {
    requireUsersTable(action)
    const user = requireUser(action.data, action.args.string('ID'))
    const sent = action.args.raw('Columns')
    if (typeof sent !== 'object' || sent === null || Array.isArray(sent)) throw badArgument("Parameter 'Columns' must be an object of attribute values.")
    const self = user.Uuid === action.caller.Uuid
    const updates: Record<string, string | number | boolean | null> = {}
    for (const [name, value] of Object.entries(sent)) {
      const column = action.data.extDataColumns.find((candidate) => candidate.Name.toLowerCase() === name.toLowerCase())
      if (!column) throw notFound(`Attribute '${name}' is not in the schema of table Users.`)
      if (!self || !column.UserEditable) action.require('manage')
      updates[column.Name] = storedExtDataValue(column, value)
    }
    changeUser(action.data, user, (draft) => ({ ...draft, internal: { ...draft.internal, extData: { ...draft.internal.extData, ...updates } } }), action.now())
    return null
  })
}

/** `{"<Name>": {Type, Title, Description, UserEditable}}` (S2, S7), or a list of columns with Name. */
function schemaColumns(raw: unknown): ExtDataColumn[] {
  if (typeof raw !== 'object' || raw === null) throw badArgument("Parameter 'Columns' must be specified.")
  const entries: [string, unknown][] = Array.isArray(raw)
    ? raw.map((column) => [String((column as Record<string, unknown> | null)?.Name ?? ''), column])
    : Object.entries(raw)
  const seen = new Set<string>()
  return entries.map(([name, definition]) => {
    if (!COLUMN_NAME.test(name)) throw badArgument(`'${name}' is not a valid attribute name.`)
    if (seen.has(name.toLowerCase())) throw badArgument(`Attribute '${name}' is defined twice.`)
    seen.add(name.toLowerCase())
    const fields = new Map(Object.entries(typeof definition === 'object' && definition !== null ? definition : {}).map(([key, value]) => [key.toLowerCase(), value]))
    return {
      Name: name,
      Title: asText('Title', fields.get('title')) ?? null,
      Description: asText('Description', fields.get('description')) ?? null,
      Type: extDataType(fields.get('type')),
      UserEditable: asBoolean('UserEditable', fields.get('usereditable')) ?? false,
    }
  })
}
