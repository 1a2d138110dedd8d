import { ScimError } from './scim-response'

// List query parameters (RFC 7644 §3.4.2): filter, startIndex (1-based), count, sortBy,
// sortOrder, attributes, excludedAttributes. Filters are `attribute op "value"` joined by and/or,
// with the operators Identity documents: eq, sw, co, ew (case-insensitive).

export type ScimFilterOperator = 'eq' | 'sw' | 'co' | 'ew'

export interface ScimComparison {
  readonly attribute: string
  readonly operator: ScimFilterOperator
  readonly value: string
}

export interface ScimFilter {
  /** Comparisons joined left to right: and binds tighter than or. */
  readonly anyOf: readonly (readonly ScimComparison[])[]
}

/** The most resources one page returns, whatever `count` asks (the server may return fewer). */
export const SCIM_MAX_PAGE = 1_000

export interface ScimListQuery {
  readonly filter: ScimFilter | null
  readonly startIndex: number
  readonly count: number
  readonly sortBy: string | null
  readonly descending: boolean
  readonly attributes: readonly string[] | null
  readonly excludedAttributes: readonly string[]
}

export function scimListQuery(query: URLSearchParams): ScimListQuery {
  const parameter = (name: string) => [...query.entries()].find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1]
  const startIndex = Math.max(1, integer(parameter('startIndex'), 1))
  const count = Math.min(SCIM_MAX_PAGE, Math.max(0, integer(parameter('count'), SCIM_MAX_PAGE)))
  const filterText = parameter('filter')
  const list = (text: string | undefined) => (text ? text.split(',').map((part) => part.trim()).filter((part) => part !== '') : null)
  return {
    filter: filterText ? parseScimFilter(filterText) : null,
    startIndex,
    count,
    sortBy: parameter('sortBy')?.trim() || null,
    descending: /^desc/i.test(parameter('sortOrder') ?? ''),
    attributes: list(parameter('attributes')),
    excludedAttributes: list(parameter('excludedAttributes')) ?? [],
  }
}

function integer(text: string | undefined, fallback: number): number {
  if (text === undefined || text.trim() === '') return fallback
  const value = Number(text)
  if (!Number.isInteger(value)) throw new ScimError(400, `'${text}' is not an integer.`, 'invalidValue')
  return value
}

export function parseScimFilter(text: string): ScimFilter {
  const pattern = /\s*([A-Za-z][\w.$:]*)\s+(eq|sw|co|ew)\s+(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*(?:(and|or)\b|$)/iy
  const anyOf: ScimComparison[][] = [[]]
  let position = 0
  for (;;) {
    pattern.lastIndex = position
    const match = pattern.exec(text)
    if (!match) throw new ScimError(400, `The filter '${text}' is not supported: use attribute eq|sw|co|ew "value", joined by and/or.`, 'invalidFilter')
    const value = (match[3] ?? match[4] ?? '').replace(/\\(.)/g, '$1')
    ;(anyOf[anyOf.length - 1] as ScimComparison[]).push({ attribute: match[1] as string, operator: (match[2] as string).toLowerCase() as ScimFilterOperator, value })
    position = pattern.lastIndex
    const joiner = match[5]?.toLowerCase()
    if (!joiner) break
    if (joiner === 'or') anyOf.push([])
  }
  if (text.slice(position).trim() !== '') throw new ScimError(400, `The filter '${text}' is not supported.`, 'invalidFilter')
  return { anyOf }
}

export function scimComparisonMatches(operator: ScimFilterOperator, actual: string, expected: string): boolean {
  const value = actual.toLowerCase()
  const wanted = expected.toLowerCase()
  switch (operator) {
    case 'eq':
      return value === wanted
    case 'sw':
      return value.startsWith(wanted)
    case 'co':
      return value.includes(wanted)
    case 'ew':
      return value.endsWith(wanted)
  }
}

/** Keeps `id`, `schemas` and the asked-for attributes (top-level names; `name.givenName` keeps `name`). */
export function projectResource(resource: Record<string, unknown>, query: ScimListQuery): Record<string, unknown> {
  const top = (name: string) => name.split('.')[0]?.toLowerCase() ?? ''
  const excluded = new Set(query.excludedAttributes.map(top))
  const included = query.attributes ? new Set(query.attributes.map(top)) : null
  return Object.fromEntries(
    Object.entries(resource).filter(([name]) => {
      const key = name.toLowerCase()
      if (key === 'id' || key === 'schemas') return true
      if (included) return included.has(key)
      return !excluded.has(key)
    }),
  )
}
