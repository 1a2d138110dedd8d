import type { Store } from './database'
import { storeChanged } from './store-changes'

export interface SessionRow {
  idHash: string
  operatorId: string
  createdAt: Date
  lastSeenAt: Date
  reauthAt: Date | null
  username: string
  displayName: string
  operatorDisabled: boolean
  mfaEnabled: boolean
}

export async function insertSession(
  db: Store,
  session: { idHash: string; operatorId: string; ip: string; userAgent: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      operator_id: session.operatorId,
      ip: session.ip,
      user_agent: session.userAgent,
      created_at: now,
      last_seen_at: now,
      // Signing in counts as proving who you are, like a re-authentication.
      reauth_at: now,
    })
    .execute()
}

export async function findSession(db: Store, idHash: string): Promise<SessionRow | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('operators', 'operators.id', 'sessions.operator_id')
    .select([
      'sessions.id_hash',
      'sessions.operator_id',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.reauth_at',
      'operators.username',
      'operators.display_name',
      'operators.disabled',
      'operators.mfa_enabled_at',
    ])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst()
  return (
    row && {
      idHash: row.id_hash,
      operatorId: row.operator_id,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      reauthAt: row.reauth_at,
      username: row.username,
      displayName: row.display_name,
      operatorDisabled: row.disabled,
      mfaEnabled: row.mfa_enabled_at !== null,
    }
  )
}

export async function touchSession(db: Store, idHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute()
  storeChanged(db, { kind: 'session', idHash })
}

export async function deleteSession(db: Store, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute()
  storeChanged(db, { kind: 'session', idHash })
}

/** Drops sessions past either timeout, so the table does not grow without bound; returns their ids. */
export async function deleteExpiredSessions(db: Store, idleBefore: Date, createdBefore: Date): Promise<string[]> {
  const rows = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]))
    .returning('id_hash')
    .execute()
  for (const row of rows) storeChanged(db, { kind: 'session', idHash: row.id_hash })
  return rows.map((row) => row.id_hash)
}

export async function markReauthenticated(db: Store, idHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ reauth_at: now }).where('id_hash', '=', idHash).execute()
  storeChanged(db, { kind: 'session', idHash })
}

/** Ends every session of an operator (disabled, password reset): they must sign in again. */
export async function deleteSessionsOfOperator(db: Store, operatorId: string): Promise<void> {
  await db.deleteFrom('sessions').where('operator_id', '=', operatorId).execute()
  storeChanged(db, { kind: 'operator', operatorId })
}
