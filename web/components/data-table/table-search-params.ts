import type { DataTableSort } from './data-table-state'

/*
 * Helpers for a list route's validateSearch: plain functions (no zod in the entry chunk) that
 * turn whatever is in the URL into valid table state, dropping what is not valid. The router
 * JSON-parses search values, so `?q=123` arrives as a number and `?q=true` as a boolean.
 */

/** A page number from 1, or undefined. */
export function searchPage(value: unknown): number | undefined {
  const page = typeof value === 'string' ? Number(value) : value
  return typeof page === 'number' && Number.isInteger(page) && page >= 1 ? page : undefined
}

/** One of the allowed values (compared as text, so `?size=50` matches 50), or undefined. */
export function searchOneOf<T extends string | number>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((option) => String(option) === String(value))
}

/** Trimmed text of at most `max` characters; empty text counts as absent. */
export function searchText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined
  const text = String(value).trim().slice(0, max)
  return text === '' ? undefined : text
}

/** An ISO 8601 date-time with an offset (`Z` or ±hh:mm), or undefined. */
export function searchDateTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value)) return undefined
  return Number.isNaN(Date.parse(value)) ? undefined : value
}

/** `at` sorts ascending, `-at` descending; only the given column ids are accepted. */
export function parseSortParam(value: unknown, sortable: readonly string[]): DataTableSort | null {
  if (typeof value !== 'string') return null
  const desc = value.startsWith('-')
  const id = desc ? value.slice(1) : value
  return sortable.includes(id) ? { id, desc } : null
}

export function sortParam(sort: DataTableSort): string {
  return `${sort.desc ? '-' : ''}${sort.id}`
}

/** A comma-separated list of known column ids (the columns a person hid), or undefined when absent. */
export function parseColumnList(value: unknown, known: readonly string[]): string[] | undefined {
  if (typeof value !== 'string') return undefined
  return [...new Set(value.split(',').map((id) => id.trim()))].filter((id) => known.includes(id))
}

export function columnListParam(ids: readonly string[]): string {
  return ids.join(',')
}
