import type { ColumnValue } from '../../framework/overlay-column'
import { NULL_NUMBER, type FieldReader, type RowPredicate } from '../query/indexed-table'
import { likeMatcher } from '../query/like-pattern'
import type { Condition, Literal, Operand } from './redrock-sql-ast'
import { RedrockSqlError } from './redrock-sql-error'
import type { RedrockColumnDef } from './redrock-tables'

// Turns a WHERE condition into a predicate over a table's fields. Text compares
// case-insensitively (Identity names are); dates compare with ISO or /Date(ms)/ literals; a null
// field matches only IS NULL.

type Resolve = (operandColumn: { qualifier: string | null; name: string }) => RedrockColumnDef<unknown>

type Value = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'number'; readonly value: number } | { readonly kind: 'null' }

export function compileCondition(condition: Condition, resolve: Resolve): RowPredicate {
  const fields = new Set<string>()
  const test = compile(condition, resolve, fields)
  return { fields: [...fields], test }
}

function compile(condition: Condition, resolve: Resolve, fields: Set<string>): (read: FieldReader) => boolean {
  switch (condition.kind) {
    case 'and': {
      const left = compile(condition.left, resolve, fields)
      const right = compile(condition.right, resolve, fields)
      return (read) => left(read) && right(read)
    }
    case 'or': {
      const left = compile(condition.left, resolve, fields)
      const right = compile(condition.right, resolve, fields)
      return (read) => left(read) || right(read)
    }
    case 'not': {
      const inner = compile(condition.condition, resolve, fields)
      return (read) => !inner(read)
    }
    case 'is-null': {
      const operand = operandReader(condition.operand, resolve, fields)
      return (read) => (operand(read).kind === 'null') !== condition.negated
    }
    case 'like': {
      const operand = operandReader(condition.operand, resolve, fields)
      const matches = likeMatcher(condition.pattern, condition.escape)
      return (read) => {
        const value = operand(read)
        if (value.kind === 'null') return false
        return matches(value.kind === 'text' ? value.text : String(value.value)) !== condition.negated
      }
    }
    case 'in': {
      const operand = operandReader(condition.operand, resolve, fields)
      const candidates = condition.values.map(literalValue)
      return (read) => {
        const value = operand(read)
        if (value.kind === 'null') return false
        return candidates.some((candidate) => compareValues(value, candidate) === 0) !== condition.negated
      }
    }
    case 'compare': {
      const left = operandReader(condition.left, resolve, fields)
      const right = operandReader(condition.right, resolve, fields)
      const operator = condition.operator
      return (read) => {
        const order = compareValues(left(read), right(read))
        if (order === null) return false
        switch (operator) {
          case '=':
            return order === 0
          case '!=':
            return order !== 0
          case '<':
            return order < 0
          case '<=':
            return order <= 0
          case '>':
            return order > 0
          case '>=':
            return order >= 0
        }
      }
    }
  }
}

function operandReader(operand: Operand, resolve: Resolve, fields: Set<string>): (read: FieldReader) => Value {
  if (operand.kind === 'literal') {
    const value = literalValue(operand.value)
    return () => value
  }
  let column: RedrockColumnDef<unknown>
  try {
    column = resolve(operand.ref)
  } catch (error) {
    // SQLite's fallback: a "double-quoted" name that is no column is a string.
    if (!(error instanceof RedrockSqlError) || !operand.ref.doubleQuoted) throw error
    const value = literalValue(operand.ref.name)
    return () => value
  }
  fields.add(column.name)
  return column.kind === 'number' ? (read) => numberValue(read(column.name)) : (read) => textValue(read(column.name))
}

function textValue(value: ColumnValue): Value {
  const text = String(value)
  return text === '' ? { kind: 'null' } : { kind: 'text', text: text.toLowerCase() }
}

function numberValue(value: ColumnValue): Value {
  return typeof value === 'number' && value !== NULL_NUMBER ? { kind: 'number', value } : { kind: 'null' }
}

function literalValue(literal: Literal): Value {
  if (literal === null) return { kind: 'null' }
  if (typeof literal === 'number') return { kind: 'number', value: literal }
  if (typeof literal === 'boolean') return { kind: 'number', value: literal ? 1 : 0 }
  return { kind: 'text', text: literal.toLowerCase() }
}

/** null when either side is null (SQL's unknown); text against a number is read as a date or number. */
function compareValues(left: Value, right: Value): number | null {
  if (left.kind === 'null' || right.kind === 'null') return null
  if (left.kind === 'number' && right.kind === 'number') return left.value - right.value
  if (left.kind === 'text' && right.kind === 'text') return left.text < right.text ? -1 : left.text > right.text ? 1 : 0
  const [number, text, sign] = left.kind === 'number' ? [left.value, (right as { text: string }).text, 1] : [(right as { value: number }).value, (left as { text: string }).text, -1]
  const parsed = parseNumberOrDate(text)
  return parsed === null ? null : sign * (number - parsed)
}

function parseNumberOrDate(text: string): number | null {
  const msJson = /^\/date\((-?\d+)\)\/$/.exec(text.trim())
  if (msJson) return Number(msJson[1])
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text)
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? null : ms
}
