import type { ColumnValue } from '../../framework/overlay-column'
import type { IdentityData } from '../data/identity-data'
import type { IdentityRole } from '../data/identity-roles'
import { IDENTITY_DIRECTORY_SERVICE_UUID } from '../data/identity-tenant'
import type { IdentityUser } from '../data/identity-users'
import { msJsonDateOrNull } from '../envelope/ms-json-date'
import { REDROCK_TYPE } from '../envelope/redrock-result'
import { IndexedTable, NULL_NUMBER, type FieldKind, type TableField, type TableQuery } from '../query/indexed-table'
import { EVERYBODY_ROLE } from '../model/user-roles'
import { compareNoCase } from '../query/no-case-order'

// The tables Redrock queries read, with the columns clients are known to select (notes §1.5):
// User (ID, Username, DisplayName, Email, MobileNumber, LastLogin, DirectoryServiceUuid) and
// Role (ID, Name, Description). Users are filtered and sorted through cached columns, so a
// search over 100,000 of them builds only the records of the page returned.

export interface RedrockColumnDef<R> {
  readonly name: string
  readonly kind: FieldKind
  readonly redrockType: number
  /** The value compared and sorted on: text '' or number NULL_NUMBER for null. */
  readonly key: (record: R) => ColumnValue
  readonly serve: (record: R) => unknown
}

export interface RedrockTable<R = unknown> {
  readonly name: string
  /** Entities[0].Type of each row. */
  readonly entityType: string
  readonly keyOf: (record: R) => string
  readonly columns: readonly RedrockColumnDef<R>[]
  run(query: TableQuery): { readonly items: readonly R[]; readonly total: number }
}

const text = (value: string | null): string => value ?? ''
const number = (value: number | null): number => value ?? NULL_NUMBER

function userTable(data: IdentityData): RedrockTable<IdentityUser> {
  const columns: RedrockColumnDef<IdentityUser>[] = [
    { name: 'ID', kind: 'text', redrockType: REDROCK_TYPE.text, key: (u) => u.Uuid, serve: (u) => u.Uuid },
    { name: 'Username', kind: 'text', redrockType: REDROCK_TYPE.text, key: (u) => u.Name, serve: (u) => u.Name },
    { name: 'DisplayName', kind: 'text', redrockType: REDROCK_TYPE.text, key: (u) => u.DisplayName, serve: (u) => u.DisplayName },
    { name: 'Email', kind: 'text', redrockType: REDROCK_TYPE.text, key: (u) => text(u.Mail), serve: (u) => u.Mail },
    { name: 'MobileNumber', kind: 'text', redrockType: REDROCK_TYPE.text, key: (u) => text(u.MobileNumber), serve: (u) => u.MobileNumber },
    { name: 'LastLogin', kind: 'number', redrockType: REDROCK_TYPE.date, key: (u) => number(u.LastLogin), serve: (u) => msJsonDateOrNull(u.LastLogin) },
    { name: 'DirectoryServiceUuid', kind: 'text', redrockType: REDROCK_TYPE.text, key: () => IDENTITY_DIRECTORY_SERVICE_UUID, serve: () => IDENTITY_DIRECTORY_SERVICE_UUID },
  ]
  // The first four reuse the data model's fast columns (no record build even the first time).
  const fast = new Map([
    ['ID', data.userColumns.uuid],
    ['Username', data.userColumns.name],
    ['DisplayName', data.userColumns.displayName],
    ['Email', data.userColumns.mail],
  ])
  const fields = new Map<string, TableField<IdentityUser>>(
    columns.map((column) => [
      column.name,
      {
        kind: column.kind,
        column:
          fast.get(column.name) ??
          (column.name === 'DirectoryServiceUuid'
            ? data.users.column('Redrock:DirectoryServiceUuid', column.key, () => IDENTITY_DIRECTORY_SERVICE_UUID)
            : data.users.column(`Redrock:${column.name}`, column.key)),
      },
    ]),
  )
  const table = new IndexedTable('Redrock:User', data.users, fields, (user) => user.Uuid)
  return { name: 'User', entityType: 'User', keyOf: (user) => user.Uuid, columns, run: (query) => table.query(query) }
}

type RoleRecord = Pick<IdentityRole, 'ID' | 'Name' | 'Description'>

function roleTable(data: IdentityData): RedrockTable<RoleRecord> {
  const columns: RedrockColumnDef<RoleRecord>[] = [
    { name: 'ID', kind: 'text', redrockType: REDROCK_TYPE.text, key: (r) => r.ID, serve: (r) => r.ID },
    { name: 'Name', kind: 'text', redrockType: REDROCK_TYPE.text, key: (r) => r.Name, serve: (r) => r.Name },
    { name: 'Description', kind: 'text', redrockType: REDROCK_TYPE.text, key: (r) => text(r.Description), serve: (r) => r.Description },
  ]
  const byName = new Map(columns.map((column) => [column.name, column]))
  return {
    name: 'Role',
    entityType: 'Role',
    keyOf: (role) => role.ID,
    columns,
    // A few dozen roles: filter and sort the list itself (the built-in Everybody role included).
    run(query) {
      let roles: RoleRecord[] = [EVERYBODY_ROLE, ...data.roles.values()]
      const predicate = query.predicate
      if (predicate) roles = roles.filter((role) => predicate.test((field) => (byName.get(field) as RedrockColumnDef<RoleRecord>).key(role)))
      if (query.sort) {
        const column = byName.get(query.sort.field) as RedrockColumnDef<RoleRecord>
        const direction = query.sort.descending ? -1 : 1
        roles = [...roles].sort((a, b) => direction * compareNoCase(String(column.key(a)), String(column.key(b))))
      }
      const offset = query.offset ?? 0
      return { items: roles.slice(offset, query.limit === undefined ? undefined : offset + query.limit), total: roles.length }
    },
  }
}

/** The queryable tables of a tenant, by lower-case name. */
export function redrockTables(data: IdentityData): ReadonlyMap<string, RedrockTable> {
  return new Map<string, RedrockTable>([
    ['user', userTable(data) as RedrockTable],
    ['role', roleTable(data) as RedrockTable],
  ])
}
