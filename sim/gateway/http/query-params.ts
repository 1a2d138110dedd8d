import type { Context } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { SwsProblem } from './problem-json'

// Query parameters bound the way the vendor's Spring controllers bind them: an empty value counts
// as absent, a value of the wrong type is a 400 naming the parameter, and list parameters come
// either repeated (`a=1&a=2`) or comma separated (`a=1, 2`; the vendor's own examples do this).

function raw(c: Context<SimEnv>, name: string): string | undefined {
  const value = c.req.query(name)
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

function typeMismatch(name: string, value: string): SwsProblem {
  return new SwsProblem(400, `Failed to convert '${name}' with value: '${value}'`)
}

/** A whole number (also epoch ms); `fallback` when absent. */
export function integerParam(c: Context<SimEnv>, name: string, fallback: number): number {
  const value = raw(c, name)
  if (value === undefined) return fallback
  if (!/^[+-]?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw typeMismatch(name, value)
  return Number(value)
}

const TRUE_WORDS = new Set(['true', 'on', 'yes', '1'])
const FALSE_WORDS = new Set(['false', 'off', 'no', '0'])

export function booleanParam(c: Context<SimEnv>, name: string): boolean | undefined {
  const value = raw(c, name)
  if (value === undefined) return undefined
  const word = value.toLowerCase()
  if (TRUE_WORDS.has(word)) return true
  if (FALSE_WORDS.has(word)) return false
  throw typeMismatch(name, value)
}

export function stringParam(c: Context<SimEnv>, name: string): string | undefined {
  return raw(c, name)
}

export function listParam(c: Context<SimEnv>, name: string): string[] {
  const values = c.req.queries(name) ?? []
  return values.flatMap((value) => value.split(',')).map((item) => item.trim()).filter((item) => item !== '')
}

/** A list whose items must be one of `allowed` (Spring binds them to an enum). */
export function enumListParam<T extends string>(c: Context<SimEnv>, name: string, allowed: readonly T[]): T[] {
  const items = listParam(c, name)
  for (const item of items) if (!(allowed as readonly string[]).includes(item)) throw typeMismatch(name, item)
  return items as T[]
}

/** One value that must be one of `allowed`; undefined when absent. */
export function enumParam<T extends string>(c: Context<SimEnv>, name: string, allowed: readonly T[]): T | undefined {
  const value = raw(c, name)
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) throw typeMismatch(name, value)
  return value as T
}

/**
 * `fromTime` / `toTime` in epoch ms. Both default to 0, and 0 means "no bound" (otherwise a call
 * without them, which the docs allow, could never return anything).
 */
export function timeWindowParams(c: Context<SimEnv>): { readonly fromTime: number; readonly toTime: number } {
  const fromTime = integerParam(c, 'fromTime', 0)
  const toTime = integerParam(c, 'toTime', 0)
  return { fromTime, toTime: toTime === 0 ? Number.POSITIVE_INFINITY : toTime }
}
