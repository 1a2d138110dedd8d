import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { IDENTITY_DIRECTORY_SERVICE_UUID } from '../data/identity-tenant'
import { registerAction } from '../http/identity-action'
import { pageOf, pageRequest, type PageRequest } from '../http/page-args'
import type { IdentityRuntime } from '../identity-runtime'
import { compileDirectoryFilter, type FilterFields } from '../directory-query/directory-filter'
import { directoryRoleRows, directoryUserRow, directoryUserTable } from '../directory-query/directory-rows'
import { parseFilterText } from '../directory-query/filter-text'
import { compareNoCase } from '../query/no-case-order'

// POST /UserMgmt/DirectoryServiceQuery `{"directoryServices": [...], "user": "<filter>",
// "roles": "<filter>", "group": "<filter>", "Args": {...}}` → `Result.User`, `Result.roles`,
// `Result.Group`, each `{Results: [{Entities, Row}], FullCount}`. A section is answered when its
// filter is sent (all three when none is). The roles section is keyed `roles`: both SDKs read
// that key (S1 exactly, S2 case-insensitively), see sim/README.md.

const USER_ENTITY = 'User'

function fieldsOf(names: readonly string[]): FilterFields {
  const byLower = new Map(names.map((name) => [name.toLowerCase(), name]))
  return { resolve: (name) => byLower.get(name.toLowerCase()) }
}

function section(rows: readonly { entityType: string; key: string; row: Record<string, unknown> }[], fullCount: number) {
  return {
    Results: rows.map((row) => ({ Entities: [{ Type: row.entityType, Key: row.key, IsForeignKey: false }], Row: row.row })),
    FullCount: fullCount,
  }
}

export function registerDirectoryServiceQuery(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  const users = directoryUserTable(runtime.data)
  const userFields = fieldsOf(users.fieldNames)
  const roleFields = fieldsOf(['Name', '_ID', 'Description', 'IsHidden'])

  registerAction(app, runtime, '/UserMgmt/DirectoryServiceQuery', 'read', (action) => {
    const services = action.args.list('directoryServices')
    const cds = services === undefined || services.length === 0 || services.some((id) => String(id).toLowerCase() === IDENTITY_DIRECTORY_SERVICE_UUID)
    const page = pageRequest(action.args.nested('Args'))
    const asked = ['user', 'roles', 'group'].filter((name) => action.args.has(name))
    const wants = (name: string) => asked.length === 0 || asked.includes(name)
    const result: Record<string, unknown> = {}

    if (wants('user')) {
      const predicate = compileDirectoryFilter(parseFilterText(action.args.raw('user'), 'user'), userFields, 'user')
      // SortBy applies to the sections that have the field.
      const sortField = page.sortBy ? userFields.resolve(page.sortBy) : undefined
      const { items, total } = cds
        ? users.table.query({ predicate, sort: sortField ? { field: sortField, descending: page.descending } : undefined, offset: page.offset, limit: page.limit })
        : { items: [], total: 0 }
      result.User = section(items.map((user) => ({ entityType: USER_ENTITY, key: user.Uuid, row: directoryUserRow(user) })), total)
    }
    if (wants('roles')) {
      const predicate = compileDirectoryFilter(parseFilterText(action.args.raw('roles'), 'roles'), roleFields, 'roles')
      let rows = cds ? directoryRoleRows(action.data) : []
      if (predicate) rows = rows.filter((row) => predicate.test((field) => roleFieldValue(row, field)))
      rows = sortRoles(rows, page, roleFields)
      result.roles = section(pageOf(rows, page).map((row) => ({ entityType: 'Role', key: row._ID, row: { ...row } })), rows.length)
    }
    // The tenant has no directory groups: those come from AD or federated directories.
    if (wants('group')) {
      parseFilterText(action.args.raw('group'), 'group')
      result.Group = section([], 0)
    }
    return result
  })
}

function roleFieldValue(row: ReturnType<typeof directoryRoleRows>[number], field: string): string | number {
  if (field === 'IsHidden') return row.IsHidden ? 1 : 0
  const value = row[field as 'Name' | '_ID' | 'Description']
  return value ?? ''
}

function sortRoles(rows: ReturnType<typeof directoryRoleRows>, page: PageRequest, fields: FilterFields): ReturnType<typeof directoryRoleRows> {
  const field = page.sortBy ? fields.resolve(page.sortBy) : undefined
  if (!field) return rows
  const direction = page.descending ? -1 : 1
  return [...rows].sort((a, b) => direction * compareNoCase(String(roleFieldValue(a, field)), String(roleFieldValue(b, field))))
}
