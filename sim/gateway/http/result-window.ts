import type { Context } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { SwsProblem } from './problem-json'
import { integerParam } from './query-params'

// SWS lists page with `offset` (default 0) + `limit` (default 100) over a search store that
// refuses to look past its 10,000th hit: a request with offset + limit > 10,000 is refused, so
// clients page long lists (e.g. a 25,000-step session) by narrowing the time window instead.

export const MAX_RESULT_WINDOW = 10_000
export const DEFAULT_LIMIT = 100

export interface Page {
  readonly offset: number
  readonly limit: number
}

export function pageParams(c: Context<SimEnv>): Page {
  const offset = integerParam(c, 'offset', 0)
  const limit = integerParam(c, 'limit', DEFAULT_LIMIT)
  if (offset < 0) throw new SwsProblem(400, `[from] parameter cannot be negative, found [${offset}]`)
  if (limit < 0) throw new SwsProblem(400, `[size] parameter cannot be negative, found [${limit}]`)
  if (offset + limit > MAX_RESULT_WINDOW) {
    throw new SwsProblem(
      400,
      `Result window is too large, from + size must be less than or equal to: [${MAX_RESULT_WINDOW}] but was [${offset + limit}]. ` +
        'See the scroll api for a more efficient way to request large data sets.',
    )
  }
  return { offset, limit }
}
