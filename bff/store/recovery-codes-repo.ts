import type { Store } from './database'

export async function replaceRecoveryCodes(db: Store, operatorId: string, codeHashes: string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('recovery_codes').where('operator_id', '=', operatorId).execute()
    if (codeHashes.length > 0) {
      await trx.insertInto('recovery_codes').values(codeHashes.map((code_hash) => ({ operator_id: operatorId, code_hash, used_at: null }))).execute()
    }
  })
}

/** Marks an unused code as used; returns whether it was one. A code works once. */
export async function useRecoveryCode(db: Store, operatorId: string, codeHash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('operator_id', '=', operatorId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function countUnusedRecoveryCodes(db: Store, operatorId: string): Promise<number> {
  const { count } = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('operator_id', '=', operatorId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(count)
}
