// The parsed form of a Redrock query: SELECT columns FROM table [WHERE …] [ORDER BY …] [LIMIT …].

export interface ColumnRef {
  /** Table name or alias before the dot, if any. */
  readonly qualifier: string | null
  readonly name: string
  /** Written "like this": SQLite reads it as a string when no column has that name. */
  readonly doubleQuoted?: boolean
}

export type Literal = string | number | boolean | null

export type Operand = { readonly kind: 'column'; readonly ref: ColumnRef } | { readonly kind: 'literal'; readonly value: Literal }

export type CompareOperator = '=' | '!=' | '<' | '<=' | '>' | '>='

export type Condition =
  | { readonly kind: 'and' | 'or'; readonly left: Condition; readonly right: Condition }
  | { readonly kind: 'not'; readonly condition: Condition }
  | { readonly kind: 'compare'; readonly operator: CompareOperator; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'like'; readonly operand: Operand; readonly pattern: string; readonly escape?: string; readonly negated: boolean }
  | { readonly kind: 'in'; readonly operand: Operand; readonly values: readonly Literal[]; readonly negated: boolean }
  | { readonly kind: 'is-null'; readonly operand: Operand; readonly negated: boolean }

export interface SelectItem {
  /** null for `*` (or `table.*`). */
  readonly column: ColumnRef | null
  readonly alias: string | null
}

export interface OrderItem {
  readonly column: ColumnRef
  readonly descending: boolean
}

export interface SelectStatement {
  readonly items: readonly SelectItem[]
  readonly table: string
  readonly tableAlias: string | null
  readonly where: Condition | null
  readonly orderBy: readonly OrderItem[]
  readonly limit: number | null
  readonly offset: number
}
