import { badArgument } from '../envelope/identity-api-error'

// Identity clients disagree on where arguments go (query string of a POST, or JSON body) and on
// their case (`ID`/`Id`/`id`, `DirectoryServiceUuid`/`directoryServiceUuid`), so arguments are
// looked up in the body first, then the query, by case-insensitive name.

type Source = Readonly<Record<string, unknown>>

export class IdentityArgs {
  private readonly byLowerName = new Map<string, unknown>()

  constructor(body: Source | undefined, query?: URLSearchParams) {
    // Query first, body second: the body wins where both name an argument.
    if (query) for (const [name, value] of query) if (!this.byLowerName.has(name.toLowerCase())) this.byLowerName.set(name.toLowerCase(), value)
    if (body) for (const [name, value] of Object.entries(body)) this.byLowerName.set(name.toLowerCase(), value)
  }

  has(name: string): boolean {
    return this.byLowerName.has(name.toLowerCase())
  }

  /** The raw value: undefined when absent, null when sent as null. */
  raw(name: string): unknown {
    return this.byLowerName.get(name.toLowerCase())
  }

  /** The first of several accepted spellings that is present. */
  firstOf(...names: string[]): unknown {
    for (const name of names) if (this.has(name)) return this.raw(name)
    return undefined
  }

  /** A text argument: numbers and booleans are taken as text; null stays null. */
  string(name: string): string | null | undefined {
    return asText(name, this.raw(name))
  }

  /** A non-empty text argument, or an envelope error naming it. */
  requiredString(name: string): string {
    const value = this.string(name)
    if (value === undefined || value === null || value.trim() === '') throw badArgument(`Parameter '${name}' must be specified.`)
    return value.trim()
  }

  /** Booleans arrive as JSON booleans or as "true"/"True"/"false" strings. */
  bool(name: string): boolean | undefined {
    return asBoolean(name, this.raw(name))
  }

  int(name: string): number | undefined {
    const value = this.raw(name)
    if (value === undefined || value === null || value === '') return undefined
    const number = typeof value === 'number' ? value : Number(value)
    if (!Number.isInteger(number)) throw badArgument(`Parameter '${name}' must be an integer.`)
    return number
  }

  /** A nested object's members as arguments of their own (e.g. Redrock `Args`). */
  nested(name: string): IdentityArgs {
    const value = this.raw(name)
    return new IdentityArgs(typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Source) : undefined)
  }

  /** A list argument; a single value counts as a list of one. */
  list(name: string): unknown[] | undefined {
    const value = this.raw(name)
    if (value === undefined || value === null) return undefined
    return Array.isArray(value) ? value : [value]
  }
}

export function asText(name: string, value: unknown): string | null | undefined {
  if (value === undefined || value === null) return value
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw badArgument(`Parameter '${name}' must be a string.`)
}

export function asBoolean(name: string, value: unknown): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'boolean') return value
  if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase()
    if (text === 'true') return true
    if (text === 'false') return false
  }
  throw badArgument(`Parameter '${name}' must be true or false.`)
}
