import type { ColumnValue } from '../../framework/overlay-column'
import { badArgument } from '../envelope/identity-api-error'
import { NULL_NUMBER, type FieldReader, type RowPredicate } from '../query/indexed-table'

// DirectoryServiceQuery filters (notes §1.5): `{"<Field>": <condition>, …}` (all must hold),
// `{"_or": [filters]}`, `{"_and": [filters]}`. A condition is a value (equal), or operators:
// `_eq` equal, `_like` starts with, `_end` ends with, `_or` any of several conditions. A value may
// be `{"value": …, "ignoreCase": true|false}`; text compares case-insensitively by default.

export interface FilterFields {
  /** Canonical field name for a (case-insensitive) filter key, or undefined. */
  resolve(name: string): string | undefined
}

type Test = (read: FieldReader) => boolean

export function compileDirectoryFilter(filter: Record<string, unknown>, fields: FilterFields, filterName: string): RowPredicate | undefined {
  if (Object.keys(filter).length === 0) return undefined
  const used = new Set<string>()
  const test = compileFilter(filter, fields, used, filterName)
  return { fields: [...used], test }
}

function compileFilter(filter: Record<string, unknown>, fields: FilterFields, used: Set<string>, filterName: string): Test {
  const tests: Test[] = Object.entries(filter).map(([key, condition]) => {
    const lower = key.toLowerCase()
    if (lower === '_or' || lower === '_and') {
      if (!Array.isArray(condition)) throw badArgument(`'${key}' in '${filterName}' must be a list of filters.`)
      const parts = condition.map((part) => compileFilter(asObject(part, filterName), fields, used, filterName))
      return lower === '_or' ? (read: FieldReader) => parts.some((part) => part(read)) : (read: FieldReader) => parts.every((part) => part(read))
    }
    const field = fields.resolve(key)
    if (!field) throw badArgument(`'${key}' is not a field that '${filterName}' can filter on.`)
    used.add(field)
    const valueTest = compileCondition(condition, filterName)
    return (read: FieldReader) => valueTest(read(field))
  })
  return (read) => tests.every((test) => test(read))
}

function compileCondition(condition: unknown, filterName: string): (value: ColumnValue) => boolean {
  if (typeof condition !== 'object' || condition === null || isValueObject(condition)) return operatorTest('_eq', condition, filterName)
  const tests = Object.entries(condition).map(([operator, operand]) => {
    if (operator.toLowerCase() === '_or') {
      if (!Array.isArray(operand)) throw badArgument(`'_or' in '${filterName}' must be a list.`)
      const parts = operand.map((part) => compileCondition(part, filterName))
      return (value: ColumnValue) => parts.some((part) => part(value))
    }
    return operatorTest(operator.toLowerCase(), operand, filterName)
  })
  return (value) => tests.every((test) => test(value))
}

function operatorTest(operator: string, operand: unknown, filterName: string): (value: ColumnValue) => boolean {
  const { value: expected, ignoreCase } = unwrap(operand)
  const normalise = (text: string) => (ignoreCase ? text.toLowerCase() : text)
  if (expected === null) return (value) => value === '' || value === NULL_NUMBER
  const wanted = normalise(typeof expected === 'boolean' ? (expected ? '1' : '0') : String(expected))
  const asText = (value: ColumnValue) => normalise(String(value))
  switch (operator) {
    case '_eq':
      return (value) => asText(value) === wanted
    case '_like':
      return (value) => asText(value).startsWith(wanted)
    case '_end':
      return (value) => asText(value).endsWith(wanted)
    default:
      throw badArgument(`Operator '${operator}' is not supported in '${filterName}': use _eq, _like, _end or _or.`)
  }
}

function isValueObject(value: object): boolean {
  return Object.keys(value).some((key) => key.toLowerCase() === 'value')
}

function unwrap(operand: unknown): { value: string | number | boolean | null; ignoreCase: boolean } {
  if (typeof operand === 'object' && operand !== null && !Array.isArray(operand)) {
    const fields = new Map(Object.entries(operand).map(([key, value]) => [key.toLowerCase(), value]))
    const ignoreCase = fields.get('ignorecase')
    return { value: primitive(fields.get('value')), ignoreCase: ignoreCase === undefined ? true : ignoreCase === true || ignoreCase === 'true' }
  }
  return { value: primitive(operand), ignoreCase: true }
}

function primitive(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  throw badArgument('Filter values must be text, numbers or booleans.')
}

function asObject(value: unknown, filterName: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badArgument(`Each part of '${filterName}' must be a filter object.`)
  return value as Record<string, unknown>
}
