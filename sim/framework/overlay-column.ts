// Column values cached over a collection's generated base: what makes filtering and sorting
// 100,000 records fast. Built on first use, then kept: the base never changes.

export type ColumnValue = string | number

export interface ColumnIndex<T> {
  readonly name: string
  /** The column's value for any record, base or overlay. */
  valueOf(record: T): ColumnValue
}

export interface ColumnMatch<T> {
  readonly column: ColumnIndex<T>
  readonly test: (value: ColumnValue) => boolean
}

export class CachedColumn<T> implements ColumnIndex<T> {
  readonly name: string
  private readonly extract: (record: T) => ColumnValue
  /** Set when the value can be computed without building the record. */
  readonly fromBaseIndex: ((index: number) => ColumnValue) | null
  private readonly build: (column: CachedColumn<T>) => void
  private baseValues: ColumnValue[] | null = null
  private sortedBase: Uint32Array | null = null
  private byValue: Map<ColumnValue, number[]> | null = null

  constructor(
    name: string,
    extract: (record: T) => ColumnValue,
    fromBaseIndex: ((index: number) => ColumnValue) | null,
    build: (column: CachedColumn<T>) => void,
  ) {
    this.name = name
    this.extract = extract
    this.fromBaseIndex = fromBaseIndex
    this.build = build
  }

  valueOf(record: T): ColumnValue {
    return this.extract(record)
  }

  get built(): boolean {
    return this.baseValues !== null
  }

  fill(values: ColumnValue[]): void {
    this.baseValues = values
  }

  /** Built on first use and kept across resets: the base never changes. */
  values(): ColumnValue[] {
    if (!this.baseValues) this.build(this)
    return this.baseValues as ColumnValue[]
  }

  sortedIndices(): Uint32Array {
    if (!this.sortedBase) {
      const values = this.values()
      const order = new Uint32Array(values.length)
      for (let i = 0; i < order.length; i++) order[i] = i
      if (values.every((value) => typeof value === 'string')) {
        // The common case (names); a comparator without type checks sorts 100,000 noticeably faster.
        const strings = values as string[]
        order.sort((a, b) => {
          const x = strings[a] as string
          const y = strings[b] as string
          return x < y ? -1 : x > y ? 1 : a - b
        })
      } else {
        order.sort((a, b) => compareColumnValues(values[a] as ColumnValue, values[b] as ColumnValue) || a - b)
      }
      this.sortedBase = order
    }
    return this.sortedBase
  }

  indicesOf(value: ColumnValue): readonly number[] {
    if (!this.byValue) {
      const map = new Map<ColumnValue, number[]>()
      const values = this.values()
      for (let i = 0; i < values.length; i++) {
        const key = values[i] as ColumnValue
        const list = map.get(key)
        if (list) list.push(i)
        else map.set(key, [i])
      }
      this.byValue = map
    }
    return this.byValue.get(value) ?? []
  }
}

/** Numbers before strings; strings by UTF-16 code units (callers normalise case if they want). */
export function compareColumnValues(a: ColumnValue, b: ColumnValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'number') return -1
  if (typeof b === 'number') return 1
  return a < b ? -1 : a > b ? 1 : 0
}

