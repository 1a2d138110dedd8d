import type { ExpressionBuilder, Selectable } from 'kysely'
import type { AuditEntrySummary, AuditLogFilter, AuditOrder } from '../../contract/audit-log'
import type { Store } from '../store/database'
import { toAuditEntry } from './audit-chain'
import type { AuditLogTable, Database } from '../store/schema'

type AuditExpression = ExpressionBuilder<Database, 'audit_log'>

/** LIKE treats % and _ as wildcards; a person searching for "50%" means the characters. */
function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`
}

/** The WHERE clause for a filter; empty text filters count as absent. */
function matching(filter: AuditLogFilter) {
  return (eb: AuditExpression) => {
    const conditions = []
    if (filter.actor) conditions.push(eb('actor', 'ilike', likeContaining(filter.actor)))
    if (filter.action) conditions.push(eb('action', '=', filter.action))
    if (filter.tenant) conditions.push(eb('tenant_id', '=', filter.tenant))
    if (filter.result) conditions.push(eb('result', '=', filter.result))
    if (filter.from) conditions.push(eb('at', '>=', new Date(filter.from)))
    if (filter.to) conditions.push(eb('at', '<=', new Date(filter.to)))
    if (filter.q) {
      const pattern = likeContaining(filter.q)
      conditions.push(eb.or([eb('target', 'ilike', pattern), eb('reason', 'ilike', pattern)]))
    }
    return eb.and(conditions)
  }
}

/** An entry as the console API shows it: everything but the chain's own hashes and actor id. */
export function toEntrySummary(row: Selectable<AuditLogTable>): AuditEntrySummary {
  const { at, seq, actor, ip, tenantId, action, target, reason, result, details } = toAuditEntry(row)
  return { seq, at: at.toISOString(), actor, ip, tenantId, action, target, reason, result, details }
}

export interface AuditPageRequest {
  filter: AuditLogFilter
  page: number
  pageSize: number
  order: AuditOrder
}

/** One page of matching entries (chain order, newest first by default) and how many match in all. */
export async function listAuditEntries(db: Store, request: AuditPageRequest): Promise<{ items: AuditEntrySummary[]; total: number }> {
  const where = matching(request.filter)
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where(where)
    .orderBy('seq', request.order === 'newest' ? 'desc' : 'asc')
    .limit(request.pageSize)
    .offset((request.page - 1) * request.pageSize)
    .execute()
  const { total } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .where(where)
    .executeTakeFirstOrThrow()
  return { items: rows.map(toEntrySummary), total: Number(total) }
}

export type AuditExportRow = AuditEntrySummary & { hash: string }

/**
 * Matching entries newest first, `batchSize` at a time, walking down by seq so each batch is one
 * indexed range read. Entries appended after the export started (its own entry too) are left out.
 */
export async function* auditEntriesInBatches(db: Store, filter: AuditLogFilter, batchSize: number): AsyncGenerator<AuditExportRow[]> {
  const newest = await db.selectFrom('audit_log').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst()
  let below = Number(newest?.seq ?? 0) + 1
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where(matching(filter))
      .where('seq', '<', below)
      .orderBy('seq', 'desc')
      .limit(batchSize)
      .execute()
    if (rows.length === 0) return
    yield rows.map((row) => ({ ...toEntrySummary(row), hash: row.hash }))
    below = Number(rows[rows.length - 1]?.seq)
    if (rows.length < batchSize) return
  }
}
