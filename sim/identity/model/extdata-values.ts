import { badArgument } from '../envelope/identity-api-error'
import type { ExtDataColumn, ExtDataColumnType } from '../data/identity-tenant'
import { msJsonDate } from '../envelope/ms-json-date'

// ExtData values must match their column's type ("string, date, boolean, double, or integer").
// Stored as JSON values (dates as epoch ms); a value that no longer fits after a schema change
// reads as null.

export type ExtDataValue = string | number | boolean | null

export const EXTDATA_TYPES: readonly ExtDataColumnType[] = ['Bool', 'Text', 'Int', 'Date', 'Double']

export function extDataType(text: unknown): ExtDataColumnType {
  const type = EXTDATA_TYPES.find((candidate) => typeof text === 'string' && candidate.toLowerCase() === text.trim().toLowerCase())
  if (!type) throw badArgument(`'${String(text)}' is not an attribute type: use ${EXTDATA_TYPES.join(', ')}.`)
  return type
}

/** Checks and converts a value sent to SetColumns for storage. */
export function storedExtDataValue(column: ExtDataColumn, value: unknown): ExtDataValue {
  if (value === null || value === undefined) return null
  const wrong = () => badArgument(`The value of '${column.Name}' must be of type ${column.Type}.`)
  switch (column.Type) {
    case 'Text':
      if (typeof value === 'string') return value
      if (typeof value === 'number' || typeof value === 'boolean') return String(value)
      throw wrong()
    case 'Bool':
      if (typeof value === 'boolean') return value
      if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true'
      throw wrong()
    case 'Int': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
      if (typeof number === 'number' && Number.isInteger(number)) return number
      throw wrong()
    }
    case 'Double': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
      if (typeof number === 'number' && Number.isFinite(number)) return number
      throw wrong()
    }
    case 'Date': {
      if (typeof value === 'number' && Number.isFinite(value)) return value
      if (typeof value !== 'string') throw wrong()
      const msJson = /^\/Date\((-?\d+)\)\/$/.exec(value.trim())
      const ms = msJson ? Number(msJson[1]) : Date.parse(value)
      if (Number.isNaN(ms)) throw wrong()
      return ms
    }
  }
}

/** How GetColumns shows a stored value; null when it does not fit the column (any more). */
export function servedExtDataValue(column: ExtDataColumn, stored: ExtDataValue | undefined): ExtDataValue {
  if (stored === null || stored === undefined) return null
  switch (column.Type) {
    case 'Text':
      return typeof stored === 'string' ? stored : null
    case 'Bool':
      return typeof stored === 'boolean' ? stored : null
    case 'Int':
      return typeof stored === 'number' && Number.isInteger(stored) ? stored : null
    case 'Double':
      return typeof stored === 'number' ? stored : null
    case 'Date':
      return typeof stored === 'number' ? msJsonDate(stored) : null
  }
}
