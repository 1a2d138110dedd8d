import type { AttributeColumn, AttributeSchema } from '../../../contract/identity-schema'
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

/** Adds or changes columns; answers the schema as it now is. */
export async function updateAttributeSchema(client: IdentityClient, changes: readonly AttributeColumn[], requestId?: string): Promise<AttributeSchema> {
  const current = await readAttributeSchema(client, requestId)
  const columns = mergedColumns(current.columns, changes)
  await client.call('/ExtData/UpdateSchema', schemaToWire(columns), {
    read: false,
    requestId,
  })
  return readAttributeSchema(client, requestId)
}
