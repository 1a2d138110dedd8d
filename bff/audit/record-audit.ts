import type { Context } from 'hono'
import type { AuditAction } from '../../contract/audit-log'
import type { AppEnv } from '../app-env'
import { clientIp } from '../security/client-ip'
import { appendAudit, type AuditEntryInput } from './audit-chain'

/**
 * Records one entry for the current request: who (the session, or `actor`), from where, what, result.
 * `action` must be one of AUDIT_ACTIONS (contract/audit-log.ts), so the audit log screen can filter on it.
 */
export async function recordAudit(
  c: Context<AppEnv>,
  entry: Omit<AuditEntryInput, 'actorId' | 'actor' | 'ip' | 'action'> & { action: AuditAction; actor?: string; actorId?: string | null },
): Promise<void> {
  const { config, db, now } = c.var.deps
  const session = c.var.session
  await appendAudit(
    db,
    {
      ...entry,
      actorId: entry.actorId !== undefined ? entry.actorId : (session?.operatorId ?? null),
      actor: entry.actor ?? session?.username ?? 'anonymous',
      ip: clientIp(c, config.trustProxy),
      details: { requestId: c.var.requestId, ...entry.details },
    },
    now(),
  )
}
