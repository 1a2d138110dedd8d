import type { Store } from './database'

export interface ThrottleState {
  failures: number
  lockedUntil: Date | null
}

export async function readThrottle(db: Store, username: string, ip: string): Promise<ThrottleState | undefined> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .select(['failures', 'locked_until'])
    .where('username', '=', username)
    .where('ip', '=', ip)
    .executeTakeFirst()
  return row && { failures: row.failures, lockedUntil: row.locked_until }
}

/** Counts one more failure in a row; returns the new count. */
export async function recordFailure(db: Store, username: string, ip: string, now: Date): Promise<number> {
  const row = await db
    .insertInto('sign_in_throttle')
    .values({ username, ip, failures: 1, locked_until: null, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['username', 'ip']).doUpdateSet((eb) => ({ failures: eb('sign_in_throttle.failures', '+', 1), updated_at: now })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow()
  return row.failures
}

export async function lockUntil(db: Store, username: string, ip: string, until: Date): Promise<void> {
  await db.updateTable('sign_in_throttle').set({ locked_until: until, failures: 0 }).where('username', '=', username).where('ip', '=', ip).execute()
}

export async function clearThrottle(db: Store, username: string, ip: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('username', '=', username).where('ip', '=', ip).execute()
}
