import { ERROR_CODES } from '../../../contract/errors'
import type { AttributeColumn, AttributeSchema } from '../../../contract/identity-schema'
import { ApiError, conflict, notFound } from '../../http/api-error'
import type { IdentityClient } from './identity-client'
import { asRecord, identityBool, identityText } from './identity-user-wire'

// The tenant's extended attribute schema (ExtData, table Users). UpdateSchema replaces the whole
// column set — a column left out is deleted with its values — so every change sends the columns
// read just before, changed or added, and never fewer.

export function schemaFromWire(result: unknown): AttributeSchema {
  const record = asRecord(result, 'ExtData/GetSchema')
  const columns = (Array.isArray(record.Columns) ? record.Columns : []).map((column): AttributeColumn => {
    const entry = asRecord(column, 'ExtData/GetSchema')
    return {
      name: identityText(entry.Name) ?? '',
      title: identityText(entry.Title),
      description: identityText(entry.Description),
      type: identityText(entry.Type) ?? 'Text',
      userEditable: identityBool(entry.UserEditable),
    }
  })
  return {
    columns: columns.filter((column) => column.name !== ''),
    columnLimit: typeof record.ColumnLimit === 'number' ? record.ColumnLimit : null,
  }
}

/** Existing columns (changed where `changes` names them, matched without case) plus the new ones. */
export function mergedColumns(existing: readonly AttributeColumn[], changes: readonly AttributeColumn[]): AttributeColumn[] {
  const byName = new Map(changes.map((column) => [column.name.toLowerCase(), column]))
  const kept = existing.map((column) => {
    const change = byName.get(column.name.toLowerCase())
    byName.delete(column.name.toLowerCase())
    return change ? { ...change, name: column.name } : column
  })
  return [...kept, ...byName.values()]
}

export function schemaToWire(columns: readonly AttributeColumn[]): Record<string, unknown> {
  return {
    Table: 'users',
    Columns: Object.fromEntries(
      columns.map((column) => [
        column.name,
        {
          Type: column.type,
          Title: column.title,
          Description: column.description,
          UserEditable: column.userEditable,
        },
      ]),
    ),
  }
}

export async function readAttributeSchema(client: IdentityClient, requestId?: string): Promise<AttributeSchema> {
  return schemaFromWire(await client.call('/ExtData/GetSchema', { Table: 'users' }, { read: true, requestId }))
}

// Each change reads the columns and sends them all back: two changes through one connection at
// the same time would each drop the other's, so they take turns (per BFF instance).
const turns = new WeakMap<IdentityClient, Promise<unknown>>()

async function oneAtATime<T>(client: IdentityClient, change: () => Promise<T>): Promise<T> {
  const run = (turns.get(client) ?? Promise.resolve()).catch(() => undefined).then(change)
  turns.set(client, run)
  try {
    return await run
  } finally {
    if (turns.get(client) === run) turns.delete(client)
  }
}

export function findColumn(columns: readonly AttributeColumn[], name: string): AttributeColumn | undefined {
  return columns.find((column) => column.name.toLowerCase() === name.toLowerCase())
}

/** Same name (any case) and the same definition, empty texts counting as none. */
export function sameColumn(a: AttributeColumn, b: AttributeColumn): boolean {
  const text = (value: string | null) => value?.trim() || null
  return (
    a.name.toLowerCase() === b.name.toLowerCase() &&
    text(a.title) === text(b.title) &&
    text(a.description) === text(b.description) &&
    a.type.toLowerCase() === b.type.toLowerCase() &&
    a.userEditable === b.userEditable
  )
}

function normalized(column: AttributeColumn): AttributeColumn {
  return { ...column, title: column.title?.trim() || null, description: column.description?.trim() || null }
}

/** Sends the full column set; after an unanswered attempt, the schema read back says whether it took. */
async function writeColumns(client: IdentityClient, columns: readonly AttributeColumn[], requestId?: string): Promise<AttributeSchema> {
  const holds = (schema: AttributeSchema) => schema.columns.length === columns.length && columns.every((column) => schema.columns.some((held) => sameColumn(held, column)))
  await client.call('/ExtData/UpdateSchema', schemaToWire(columns), {
    read: false,
    requestId,
    checkApplied: async () => holds(await readAttributeSchema(client, requestId)),
  })
  return readAttributeSchema(client, requestId)
}

/** Adds or changes columns; answers the schema as it now is. */
export async function updateAttributeSchema(client: IdentityClient, changes: readonly AttributeColumn[], requestId?: string): Promise<AttributeSchema> {
  return oneAtATime(client, async () => {
    const current = await readAttributeSchema(client, requestId)
    return writeColumns(client, mergedColumns(current.columns, changes), requestId)
  })
}

/** Adds one attribute after the existing ones: 409 when its name is taken (any case) or the table is full. */
export async function addAttribute(client: IdentityClient, column: AttributeColumn, requestId?: string): Promise<AttributeSchema> {
  return oneAtATime(client, async () => {
    const current = await readAttributeSchema(client, requestId)
    const taken = findColumn(current.columns, column.name)
    if (taken) {
      const message = `An attribute named ${taken.name} already exists; edit it instead.`
      throw new ApiError(409, ERROR_CODES.conflict, message, { fields: [{ path: 'name', message }] })
    }
    if (current.columnLimit !== null && current.columns.length >= current.columnLimit) {
      throw conflict(`The tenant already has ${current.columns.length} of ${current.columnLimit} attributes; Identity allows no more. Delete one first.`)
    }
    return writeColumns(client, [...current.columns, normalized(column)], requestId)
  })
}

/**
 * Changes one attribute's definition (never its name), if it still is what the operator saw:
 * otherwise 409, so nobody overwrites a change they have not seen.
 */
export async function changeAttribute(
  client: IdentityClient,
  name: string,
  expected: Omit<AttributeColumn, 'name'>,
  next: Omit<AttributeColumn, 'name'>,
  requestId?: string,
): Promise<{ before: AttributeColumn; schema: AttributeSchema }> {
  return oneAtATime(client, async () => {
    const current = await readAttributeSchema(client, requestId)
    const before = findColumn(current.columns, name)
    if (!before) throw notFound(`Attribute ${name}`)
    if (!sameColumn(before, { ...expected, name: before.name })) {
      throw conflict(`Attribute ${before.name} was changed by someone else since you opened it. Close the dialog to see it as it is now, then make your change again.`)
    }
    const columns = current.columns.map((column) => (column === before ? normalized({ ...next, name: before.name }) : column))
    return { before, schema: await writeColumns(client, columns, requestId) }
  })
}

/** Deletes one attribute, and with it every user's value of it; every other column is sent back unchanged. */
export async function deleteAttribute(client: IdentityClient, name: string, requestId?: string): Promise<{ deleted: AttributeColumn; schema: AttributeSchema }> {
  return oneAtATime(client, async () => {
    const current = await readAttributeSchema(client, requestId)
    const deleted = findColumn(current.columns, name)
    if (!deleted) throw notFound(`Attribute ${name}`)
    return { deleted, schema: await writeColumns(client, current.columns.filter((column) => column !== deleted), requestId) }
  })
}
