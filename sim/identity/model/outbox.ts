import { randomUUID } from 'node:crypto'
import type { IdentityData } from '../data/identity-data'
import type { IdentityOutboxMessage } from '../data/identity-outbox'

/** Records a message the tenant sends (see data/identity-outbox.ts). */
export function sendMessage(data: IdentityData, now: number, message: Omit<IdentityOutboxMessage, 'id' | 'sentAt'>): IdentityOutboxMessage {
  const sent: IdentityOutboxMessage = { id: randomUUID(), sentAt: now, ...message }
  data.outbox.create(sent.id, sent)
  return sent
}
