import type { IdentityArgs } from '../http/identity-args'
import { pageRequest } from '../http/page-args'
import { redrockResult, type RedrockResult } from '../envelope/redrock-result'
import type { RowPredicate } from '../query/indexed-table'
import { compileCondition } from './redrock-conditions'
import type { ColumnRef, SelectStatement } from './redrock-sql-ast'
import { RedrockSqlError } from './redrock-sql-error'
import { parseSelect } from './redrock-sql-parser'
import type { RedrockColumnDef, RedrockTable } from './redrock-tables'

// Runs a Redrock script against the tenant's tables. SQL LIMIT/OFFSET narrow the result set;
// the `Args` page within it (PageNumber/PageSize/Limit), and `Args.SortBy` wins over ORDER BY.
// FullCount is the size of the result set, Count the rows returned. Only the first ORDER BY
// column orders; ties keep the tenant's natural order.

export function runRedrockQuery(tables: ReadonlyMap<string, RedrockTable>, script: string, pageArgs: IdentityArgs): RedrockResult {
  const statement = parseSelect(script)
  const table = tables.get(statement.table.toLowerCase())
  if (!table) throw new RedrockSqlError(`no such table: ${statement.table}`)
  const resolve = columnResolver(table, statement)

  const selected = statement.items.flatMap((item) =>
    item.column === null
      ? table.columns.map((column) => ({ column, as: column.name }))
      : [{ column: resolve(item.column), as: item.alias ?? resolve(item.column).name }],
  )
  const predicate: RowPredicate | undefined = statement.where ? compileCondition(statement.where, resolve) : undefined

  const page = pageRequest(pageArgs)
  const sortColumn = page.sortBy
    ? (selected.find((item) => item.as.toLowerCase() === page.sortBy?.toLowerCase())?.column ?? resolve({ qualifier: null, name: page.sortBy }))
    : statement.orderBy[0]
      ? resolve(statement.orderBy[0].column)
      : undefined
  const descending = page.sortBy ? page.descending : (statement.orderBy[0]?.descending ?? false)

  const sqlLimit = statement.limit ?? Number.POSITIVE_INFINITY
  const take = Math.max(0, Math.min(page.limit ?? Number.POSITIVE_INFINITY, sqlLimit - page.offset))
  const { items, total } = table.run({
    predicate,
    sort: sortColumn ? { field: sortColumn.name, descending } : undefined,
    offset: statement.offset + page.offset,
    limit: Number.isFinite(take) ? take : undefined,
  })
  const windowTotal = Math.max(0, Math.min(total - statement.offset, sqlLimit))

  const rows = items.map((record) => ({
    entityType: table.entityType,
    key: table.keyOf(record),
    row: Object.fromEntries(selected.map((item) => [item.as, item.column.serve(record)])),
  }))
  return redrockResult(
    selected.map((item) => ({ name: item.as, type: item.column.redrockType })),
    rows,
    windowTotal,
  )
}

function columnResolver(table: RedrockTable, statement: SelectStatement): (ref: ColumnRef) => RedrockColumnDef<unknown> {
  const qualifiers = new Set([statement.table.toLowerCase(), ...(statement.tableAlias ? [statement.tableAlias.toLowerCase()] : [])])
  return (ref) => {
    if (ref.qualifier !== null && !qualifiers.has(ref.qualifier.toLowerCase())) throw new RedrockSqlError(`no such column: ${ref.qualifier}.${ref.name}`)
    const column = table.columns.find((candidate) => candidate.name.toLowerCase() === ref.name.toLowerCase())
    if (!column) throw new RedrockSqlError(`no such column: ${ref.qualifier ? `${ref.qualifier}.` : ''}${ref.name}`)
    return column
  }
}
