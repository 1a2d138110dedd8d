import type { Store } from './database'

export async function insertChallenge(db: Store, idHash: string, operatorId: string, now: Date): Promise<void> {
  await db.insertInto('sign_in_challenges').values({ id_hash: idHash, operator_id: operatorId, created_at: now }).execute()
}

export async function findChallenge(db: Store, idHash: string) {
  return db.selectFrom('sign_in_challenges').selectAll().where('id_hash', '=', idHash).executeTakeFirst()
}

export async function countChallengeAttempt(db: Store, idHash: string): Promise<number> {
  const row = await db
    .updateTable('sign_in_challenges')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id_hash', '=', idHash)
    .returning('attempts')
    .executeTakeFirst()
  return row?.attempts ?? Number.POSITIVE_INFINITY
}

export async function deleteChallenge(db: Store, idHash: string): Promise<void> {
  await db.deleteFrom('sign_in_challenges').where('id_hash', '=', idHash).execute()
}
