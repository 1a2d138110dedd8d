import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openStore, type Store } from '../store/database'
import { appendAudit, entryHash, GENESIS_HASH, toAuditEntry, verifyAuditChain, type AuditEntryInput } from './audit-chain'

let db: Store
beforeAll(async () => {
  db = await openStore({ databaseUrl: null, dataDir: 'memory' })
})
afterAll(async () => {
  await db.destroy()
})
// One store for the file (opening PGlite takes seconds); each test starts from an empty log,
// emptied the way only someone who can switch the guard off could.
beforeEach(async () => {
  await sql`alter table audit_log disable trigger audit_log_no_truncate`.execute(db)
  await sql`truncate audit_log`.execute(db)
  await sql`alter table audit_log enable trigger audit_log_no_truncate`.execute(db)
})

const T0 = Date.parse('2026-03-01T09:00:00Z')
const entry = (n: number, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  actorId: 'op-1',
  actor: 'admin',
  ip: '198.51.100.7',
  action: 'operator.update-roles',
  target: `operator-${n}`,
  reason: `ticket CHG-${n}`,
  result: 'success',
  details: { n, nested: { b: 2, a: 1 } },
  ...overrides,
})

async function appendMany(count: number) {
  for (let n = 1; n <= count; n++) await appendAudit(db, entry(n), new Date(T0 + n * 1000))
}

/** The test plays an attacker with database access: the append-only trigger is switched off around the edit. */
async function withTriggerDisabled(change: () => Promise<unknown>) {
  await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db)
  try {
    await change()
  } finally {
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db)
  }
}

const allEntries = async () => (await db.selectFrom('audit_log').selectAll().orderBy('seq').execute()).map(toAuditEntry)

describe('audit hash chain', () => {
  it('links each entry to the one before it, starting from the genesis hash', async () => {
    await appendMany(3)
    const entries = await allEntries()
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3])
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH)
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash)
    expect(entries[2]?.prevHash).toBe(entries[1]?.hash)
    for (const e of entries) expect(entryHash(e)).toBe(e.hash)
    // jsonb re-orders keys; the canonical JSON in the hash must not care.
    expect(entries[0]?.details).toEqual({ n: 1, nested: { a: 1, b: 2 } })
  })

  it('verifies an intact chain and says how many entries it checked', async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 0 })
    await appendMany(5)
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 5 })
  })

  it('finds an entry whose content was changed, at its seq', async () => {
    await appendMany(4)
    await withTriggerDisabled(() => db.updateTable('audit_log').set({ reason: 'nothing to see here' }).where('seq', '=', 2).execute())
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      checked: 1,
      brokenAt: { seq: 2, problem: 'its content no longer matches its hash' },
    })
  })

  it('finds a rewritten entry even when its hash was recomputed: the next entry no longer links to it', async () => {
    await appendMany(3)
    await withTriggerDisabled(async () => {
      const [original] = (await db.selectFrom('audit_log').selectAll().where('seq', '=', 2).execute()).map(toAuditEntry)
      if (!original) throw new Error('entry 2 missing')
      const forged = { ...original, result: 'failure' as const }
      await db.updateTable('audit_log').set({ result: forged.result, hash: entryHash(forged) }).where('seq', '=', 2).execute()
    })
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      checked: 2,
      brokenAt: { seq: 3, problem: 'it does not link to the entry before it' },
    })
  })

  it('finds a deleted entry as missing', async () => {
    await appendMany(4)
    await withTriggerDisabled(() => db.deleteFrom('audit_log').where('seq', '=', 2).execute())
    expect(await verifyAuditChain(db)).toEqual({ ok: false, checked: 1, brokenAt: { seq: 3, problem: 'entry 2 is missing' } })
  })

  it('keeps one unbroken chain when 50 entries are appended at once', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => appendAudit(db, entry(i + 1), new Date(T0 + i))))
    const entries = await allEntries()
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(new Set(entries.map((e) => e.target)).size).toBe(50)
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 50 })
  })

  it('walks chains longer than one verification batch', async () => {
    await db
      .insertInto('audit_log')
      .values(await chainRows(2_500))
      .execute()
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 2_500 })
  })

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await appendMany(2)
    await expect(db.updateTable('audit_log').set({ reason: 'changed' }).where('seq', '=', 1).execute()).rejects.toThrow(/append-only/)
    await expect(db.deleteFrom('audit_log').where('seq', '=', 1).execute()).rejects.toThrow(/append-only/)
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/)
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 2 })
  })
})

/** Rows of a valid chain built in memory, so a long chain costs one insert instead of thousands of transactions. */
async function chainRows(count: number) {
  const rows = []
  let prevHash = GENESIS_HASH
  for (let seq = 1; seq <= count; seq++) {
    const e = { seq, at: new Date(T0 + seq), actorId: null, actor: 'bulk', ip: '::1', tenantId: null, action: 'auth.sign-in', target: null, reason: null, result: 'success' as const, details: null, prevHash }
    const hash = entryHash(e)
    rows.push({ seq, at: e.at, actor_id: null, actor: e.actor, ip: e.ip, tenant_id: null, action: e.action, target: null, reason: null, result: e.result, details: null, prev_hash: prevHash, hash })
    prevHash = hash
  }
  return rows
}
