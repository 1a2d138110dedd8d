import { CachedColumn, type ColumnIndex, type ColumnValue } from '../../framework/overlay-column'
import type { OverlayStore, QueryResult } from '../../framework/overlay-store'

// Filtering and sorting a large store (100,000 users) by any combination of fields without
// building records: every field is a cached column of the store, and one "row key" column hands
// the predicate each base record's index (or an overlay record's id), from which it reads the
// fields it needs. Records are built only for the page that is returned.

export type FieldKind = 'text' | 'number'

export interface TableField<T> {
  readonly kind: FieldKind
  /** Text: '' for null. Number: NULL_NUMBER for null. */
  readonly column: ColumnIndex<T>
}

/** How a null number is held in a column: below every date and count, so it sorts first. */
export const NULL_NUMBER = -8.64e15

export type FieldReader = (field: string) => ColumnValue

export interface RowPredicate {
  /** Fields the test reads: only these are materialised. */
  readonly fields: readonly string[]
  readonly test: (read: FieldReader) => boolean
}

export interface TableQuery {
  readonly predicate?: RowPredicate
  readonly sort?: { readonly field: string; readonly descending: boolean }
  readonly offset?: number
  readonly limit?: number
}

export class IndexedTable<T> {
  private readonly store: OverlayStore<T>
  private readonly fields: ReadonlyMap<string, TableField<T>>
  private readonly rowKey: ColumnIndex<T>
  private readonly sortColumns = new Map<string, ColumnIndex<T>>()
  private readonly name: string

  /** `name` keeps this table's helper columns apart from others on the same store. */
  constructor(name: string, store: OverlayStore<T>, fields: ReadonlyMap<string, TableField<T>>, idOf: (record: T) => string) {
    this.name = name
    this.store = store
    this.fields = fields
    this.rowKey = store.column('RowKey', idOf, (index) => index)
  }

  query(query: TableQuery): QueryResult<T> {
    const match = query.predicate ? [{ column: this.rowKey, test: this.rowTest(query.predicate) }] : []
    const sort = query.sort ? { column: this.sortColumn(query.sort.field), descending: query.sort.descending } : undefined
    return this.store.query({ match, sort, offset: query.offset, limit: query.limit })
  }

  private field(name: string): TableField<T> {
    const field = this.fields.get(name)
    if (!field) throw new Error(`no field ${name} in table ${this.name}`)
    return field
  }

  private rowTest(predicate: RowPredicate): (key: ColumnValue) => boolean {
    const baseValues = new Map(predicate.fields.map((name) => [name, baseValuesOf(this.field(name).column)] as const))
    let index = 0
    const readBase: FieldReader = (name) => (baseValues.get(name) as ColumnValue[])[index] as ColumnValue
    return (key) => {
      if (typeof key === 'number') {
        index = key
        return predicate.test(readBase)
      }
      // A created or changed record: read its fields from the record itself.
      const record = this.store.get(key)
      return record !== undefined && predicate.test((name) => this.field(name).column.valueOf(record))
    }
  }

  /** Text sorts case-insensitively (NOCASE), through a lower-cased copy of the column. */
  private sortColumn(name: string): ColumnIndex<T> {
    const field = this.field(name)
    if (field.kind === 'number') return field.column
    let column = this.sortColumns.get(name)
    if (!column) {
      const source = field.column
      column = this.store.column(
        `${this.name}:sort:${name}`,
        (record) => String(source.valueOf(record)).toLowerCase(),
        (index) => String(baseValuesOf(source)[index]).toLowerCase(),
      )
      this.sortColumns.set(name, column)
    }
    return column
  }
}

function baseValuesOf<T>(column: ColumnIndex<T>): ColumnValue[] {
  if (!(column instanceof CachedColumn)) throw new Error(`column ${column.name} is not a store column`)
  return column.values()
}
