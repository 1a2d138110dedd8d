import { createHash } from 'node:crypto'
import { sql, type Selectable } from 'kysely'
import type { Store } from '../store/database'
import type { AuditLogTable } from '../store/schema'
import { canonicalJson } from './canonical-json'

export type AuditResult = 'success' | 'failure' | 'denied'

export interface AuditEntryInput {
  actorId: string | null
  /** The operator's username; for a failed sign-in, the username that was tried. */
  actor: string
  ip: string
  tenantId?: string | null
  action: string
  target?: string | null
  reason?: string | null
  result: AuditResult
  details?: Record<string, unknown> | null
}

export interface AuditEntry extends Required<Omit<AuditEntryInput, 'details'>> {
  seq: number
  at: Date
  details: Record<string, unknown> | null
  prevHash: string
  hash: string
}

export const GENESIS_HASH = '0'.repeat(64)
/** Any constant: the advisory lock that makes appends from every BFF instance take turns. */
const APPEND_LOCK = 0x6761_7465

/** Each entry's hash covers its own fields and the previous entry's hash, so any edit breaks the chain. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const fields = [
    entry.seq,
    entry.at.toISOString(),
    entry.actorId,
    entry.actor,
    entry.ip,
    entry.tenantId,
    entry.action,
    entry.target,
    entry.reason,
    entry.result,
    entry.details,
    entry.prevHash,
  ]
  return createHash('sha256').update(canonicalJson(fields)).digest('hex')
}

export async function appendAudit(db: Store, input: AuditEntryInput, at: Date): Promise<AuditEntry> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${APPEND_LOCK})`.execute(trx)
    const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst()
    const entry: Omit<AuditEntry, 'hash'> = {
      seq: (last?.seq ?? 0) + 1,
      at,
      actorId: input.actorId,
      actor: input.actor,
      ip: input.ip,
      tenantId: input.tenantId ?? null,
      action: input.action,
      target: input.target ?? null,
      reason: input.reason?.trim() || null,
      result: input.result,
      details: input.details ?? null,
      prevHash: last?.hash ?? GENESIS_HASH,
    }
    const hash = entryHash(entry)
    await trx
      .insertInto('audit_log')
      .values({
        seq: entry.seq,
        at: entry.at,
        actor_id: entry.actorId,
        actor: entry.actor,
        ip: entry.ip,
        tenant_id: entry.tenantId,
        action: entry.action,
        target: entry.target,
        reason: entry.reason,
        result: entry.result,
        details: entry.details === null ? null : JSON.stringify(entry.details),
        prev_hash: entry.prevHash,
        hash,
      })
      .execute()
    return { ...entry, hash }
  })
}

export interface ChainVerification {
  ok: boolean
  checked: number
  /** The first entry that does not fit the chain, and why. */
  brokenAt?: { seq: number; problem: string }
}

const VERIFY_BATCH = 1_000

/** Walks the whole chain: no gaps in seq, each prev_hash links, each hash recomputes. */
export async function verifyAuditChain(db: Store): Promise<ChainVerification> {
  let expectedSeq = 1
  let prevHash = GENESIS_HASH
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(VERIFY_BATCH).execute()
    if (rows.length === 0) return { ok: true, checked: expectedSeq - 1 }
    for (const row of rows) {
      const entry = toAuditEntry(row)
      const fail = (problem: string) => ({ ok: false, checked: expectedSeq - 1, brokenAt: { seq: entry.seq, problem } })
      if (entry.seq !== expectedSeq) return fail(`entry ${expectedSeq} is missing`)
      if (entry.prevHash !== prevHash) return fail('it does not link to the entry before it')
      if (entryHash(entry) !== entry.hash) return fail('its content no longer matches its hash')
      prevHash = entry.hash
      expectedSeq++
    }
  }
}

type AuditRow = Selectable<AuditLogTable>

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorId: row.actor_id,
    actor: row.actor,
    ip: row.ip,
    tenantId: row.tenant_id,
    action: row.action,
    target: row.target,
    reason: row.reason,
    result: row.result as AuditResult,
    details: (row.details as Record<string, unknown> | null) ?? null,
    prevHash: row.prev_hash,
    hash: row.hash,
  }
}
