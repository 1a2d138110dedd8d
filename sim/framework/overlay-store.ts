// A collection whose records are generated on demand from the seed (the base) with the changes
// a simulator has accepted layered above it (the overlay). Reset drops the overlay, which puts
// the collection back to exactly what the seed generates.
//
// Records are treated as immutable values: change them through put/update, never in place.

import { CachedColumn, compareColumnValues, type ColumnIndex, type ColumnMatch, type ColumnValue } from './overlay-column'

export interface BaseRecords<T> {
  readonly size: number
  /** Must be cheap: listing and lookups call it without building the record. */
  idAt(index: number): string
  recordAt(index: number): T
}

export interface QueryOptions<T> {
  /** Cheap filters on cached column values, checked before any record is built. */
  readonly match?: readonly ColumnMatch<T>[]
  /** Filter on the whole record; builds each record that passed `match`. */
  readonly where?: (record: T) => boolean
  readonly sort?: { readonly column: ColumnIndex<T>; readonly descending?: boolean }
  readonly offset?: number
  readonly limit?: number
}

export interface QueryResult<T> {
  readonly items: T[]
  readonly total: number
}

export interface OverlayChanges {
  readonly created: number
  readonly replaced: number
  readonly deleted: number
}

/** The surface `/__sim` uses to inspect any collection, whatever its record type. */
export interface InspectableCollection {
  readonly size: number
  get(id: string): unknown
  slice(offset: number, limit: number): unknown[]
  changes(): OverlayChanges
  reset(): void
}

export class OverlayStore<T> implements InspectableCollection {
  private readonly base: BaseRecords<T>
  private baseIndexById: Map<string, number> | null = null
  private readonly replaced = new Map<number, T>()
  private readonly deleted = new Set<number>()
  private sortedDeleted: number[] | null = null
  private readonly created = new Map<string, T>()
  private readonly columns = new Map<string, CachedColumn<T>>()

  constructor(base: BaseRecords<T>) {
    this.base = base
  }

  get size(): number {
    return this.base.size - this.deleted.size + this.created.size
  }

  /** The base index of an id the seed generates, whether or not it was changed or deleted. */
  baseIndexOf(id: string): number | undefined {
    if (!this.baseIndexById) {
      const map = new Map<string, number>()
      for (let i = 0; i < this.base.size; i++) map.set(this.base.idAt(i), i)
      this.baseIndexById = map
    }
    return this.baseIndexById.get(id)
  }

  has(id: string): boolean {
    if (this.created.has(id)) return true
    const index = this.baseIndexOf(id)
    return index !== undefined && !this.deleted.has(index)
  }

  get(id: string): T | undefined {
    const created = this.created.get(id)
    if (created !== undefined) return created
    const index = this.baseIndexOf(id)
    return index === undefined ? undefined : this.atBaseIndex(index)
  }

  /** The current record at a base index (undefined when deleted). */
  atBaseIndex(index: number): T | undefined {
    if (index < 0 || index >= this.base.size || this.deleted.has(index)) return undefined
    return this.replaced.get(index) ?? this.base.recordAt(index)
  }

  /** The record at a position of the merged order: base records (minus deleted), then created ones. */
  at(position: number): T | undefined {
    const visibleBase = this.base.size - this.deleted.size
    if (position < 0) return undefined
    if (position < visibleBase) return this.atBaseIndex(this.baseIndexAtPosition(position))
    let i = position - visibleBase
    for (const record of this.created.values()) if (i-- === 0) return record
    return undefined
  }

  slice(offset: number, limit: number): T[] {
    const out: T[] = []
    const visibleBase = this.base.size - this.deleted.size
    let position = Math.max(0, offset)
    for (; position < visibleBase && out.length < limit; position++) {
      const record = this.atBaseIndex(this.baseIndexAtPosition(position))
      if (record !== undefined) out.push(record)
    }
    // Created records follow the base; walk them once (a bulk import can create thousands).
    let skip = position - visibleBase
    for (const record of this.created.values()) {
      if (out.length >= limit) break
      if (skip-- > 0) continue
      out.push(record)
    }
    return out
  }

  *values(): IterableIterator<T> {
    for (let i = 0; i < this.base.size; i++) {
      const record = this.atBaseIndex(i)
      if (record !== undefined) yield record
    }
    yield* this.created.values()
  }

  /** Inserts or replaces. Returns whether the id was new. */
  put(id: string, record: T): 'created' | 'replaced' {
    if (this.created.has(id)) {
      this.created.set(id, record)
      return 'replaced'
    }
    const index = this.baseIndexOf(id)
    if (index === undefined) {
      this.created.set(id, record)
      return 'created'
    }
    const wasDeleted = this.deleted.delete(index)
    if (wasDeleted) this.sortedDeleted = null
    this.replaced.set(index, record)
    return wasDeleted ? 'created' : 'replaced'
  }

  /** Adds a record with a new id; refuses an id that is already present. */
  create(id: string, record: T): void {
    if (this.has(id)) throw new Error(`record ${id} already exists`)
    this.put(id, record)
  }

  /**
   * Changes a record through a function that receives a private copy. Returns the new record,
   * or undefined when the id is absent.
   */
  update(id: string, change: (draft: T) => T | void): T | undefined {
    const current = this.get(id)
    if (current === undefined) return undefined
    const draft = structuredClone(current)
    const next = change(draft) ?? draft
    this.put(id, next)
    return next
  }

  delete(id: string): boolean {
    if (this.created.delete(id)) return true
    const index = this.baseIndexOf(id)
    if (index === undefined || this.deleted.has(index)) return false
    this.replaced.delete(index)
    this.deleted.add(index)
    this.sortedDeleted = null
    return true
  }

  reset(): void {
    this.replaced.clear()
    this.deleted.clear()
    this.created.clear()
    this.sortedDeleted = null
  }

  changes(): OverlayChanges {
    return { created: this.created.size, replaced: this.replaced.size, deleted: this.deleted.size }
  }

  /**
   * A column whose base values are computed once (lazily) for fast filtering and sorting over
   * large collections. `fromBaseIndex` may compute the value without building the record.
   */
  column(name: string, extract: (record: T) => ColumnValue, fromBaseIndex?: (index: number) => ColumnValue): ColumnIndex<T> {
    let column = this.columns.get(name)
    if (!column) {
      column = new CachedColumn(name, extract, fromBaseIndex ?? null, (self) => this.buildColumn(self))
      this.columns.set(name, column)
    }
    return column
  }

  /**
   * Builds a column's base values. A column computed from the index is built alone; columns read
   * from records are built together in one pass over the base, so registering them all up front
   * costs one generation of each record however many there are.
   */
  private buildColumn(requested: CachedColumn<T>): void {
    if (requested.fromBaseIndex) {
      const compute = requested.fromBaseIndex
      const values = new Array<ColumnValue>(this.base.size)
      for (let index = 0; index < values.length; index++) values[index] = compute(index)
      requested.fill(values)
      return
    }
    const pending = [...this.columns.values()].filter((column) => !column.built && !column.fromBaseIndex)
    const arrays = pending.map(() => new Array<ColumnValue>(this.base.size))
    for (let index = 0; index < this.base.size; index++) {
      const record = this.base.recordAt(index)
      for (let c = 0; c < pending.length; c++) (arrays[c] as ColumnValue[])[index] = (pending[c] as CachedColumn<T>).valueOf(record)
    }
    pending.forEach((column, c) => column.fill(arrays[c] as ColumnValue[]))
  }

  /** Records whose column equals a value, in merged order. */
  findBy(column: ColumnIndex<T>, value: ColumnValue): T[] {
    const indices = this.cached(column)
      .indicesOf(value)
      .filter((index) => !this.deleted.has(index) && !this.replaced.has(index))
    for (const [index, record] of this.replaced) if (column.valueOf(record) === value) indices.push(index)
    indices.sort((a, b) => a - b)
    const out: T[] = []
    for (const index of indices) {
      const record = this.atBaseIndex(index)
      if (record !== undefined) out.push(record)
    }
    for (const record of this.created.values()) if (column.valueOf(record) === value) out.push(record)
    return out
  }

  query(options: QueryOptions<T> = {}): QueryResult<T> {
    const matches = (options.match ?? []).map((m) => ({ values: this.cached(m.column).values(), test: m.test, column: m.column }))
    const where = options.where
    const passesRecord = (record: T): boolean =>
      matches.every((m) => m.test(m.column.valueOf(record))) && (where === undefined || where(record))
    const passesBase = (index: number): boolean => {
      for (const m of matches) if (!m.test(m.values[index] as ColumnValue)) return false
      return where === undefined || where(this.base.recordAt(index))
    }

    // A hit is a base index (number) or a created record's id (string).
    const hits: (number | string)[] = []
    const sort = options.sort
    const untouched = this.deleted.size === 0 && this.replaced.size === 0
    if (!sort) {
      for (let i = 0; i < this.base.size; i++) {
        if (untouched) {
          if (passesBase(i)) hits.push(i)
          continue
        }
        if (this.deleted.has(i)) continue
        const replaced = this.replaced.get(i)
        if (replaced !== undefined ? passesRecord(replaced) : passesBase(i)) hits.push(i)
      }
      for (const [id, record] of this.created) if (passesRecord(record)) hits.push(id)
    } else {
      const sortColumn = this.cached(sort.column)
      const baseValues = sortColumn.values()
      const order = sortColumn.sortedIndices()
      const direction = sort.descending ? -1 : 1
      const baseHits: number[] = []
      const start = sort.descending ? order.length - 1 : 0
      for (let k = 0; k < order.length; k++) {
        const i = order[start + k * direction] as number
        if (!untouched && (this.deleted.has(i) || this.replaced.has(i))) continue
        if (passesBase(i)) baseHits.push(i)
      }
      const overlayHits: { key: number | string; value: ColumnValue }[] = []
      for (const [index, record] of this.replaced) {
        if (passesRecord(record)) overlayHits.push({ key: index, value: sort.column.valueOf(record) })
      }
      for (const [id, record] of this.created) {
        if (passesRecord(record)) overlayHits.push({ key: id, value: sort.column.valueOf(record) })
      }
      overlayHits.sort((a, b) => direction * compareColumnValues(a.value, b.value))
      let o = 0
      for (const i of baseHits) {
        const baseValue = baseValues[i] as ColumnValue
        while (o < overlayHits.length && direction * compareColumnValues((overlayHits[o] as { value: ColumnValue }).value, baseValue) < 0) {
          hits.push((overlayHits[o++] as { key: number | string }).key)
        }
        hits.push(i)
      }
      while (o < overlayHits.length) hits.push((overlayHits[o++] as { key: number | string }).key)
    }

    const offset = Math.max(0, options.offset ?? 0)
    const limit = Math.max(0, options.limit ?? hits.length)
    const items: T[] = []
    for (const hit of hits.slice(offset, offset + limit)) {
      const record = typeof hit === 'number' ? this.atBaseIndex(hit) : this.created.get(hit)
      if (record !== undefined) items.push(record)
    }
    return { items, total: hits.length }
  }

  private cached(column: ColumnIndex<T>): CachedColumn<T> {
    const own = this.columns.get(column.name)
    if (!own || own !== column) throw new Error(`column ${column.name} does not belong to this store`)
    return own
  }

  /** Maps a position among the non-deleted base records to its base index. */
  private baseIndexAtPosition(position: number): number {
    if (this.deleted.size === 0) return position
    if (!this.sortedDeleted) this.sortedDeleted = [...this.deleted].sort((a, b) => a - b)
    let index = position
    for (const gone of this.sortedDeleted) {
      if (gone <= index) index++
      else break
    }
    return index
  }
}
