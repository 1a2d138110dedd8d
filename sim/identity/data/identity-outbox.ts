import type { BaseRecords } from '../../framework/overlay-store'

// What the tenant has sent: invitations, login e-mails, SMS and bulk import reports. The real
// service delivers these by e-mail or SMS; the simulator keeps them so tests and the demo can
// see what a console caused (`GET /__sim/collections/outbox`). Never served by a vendor endpoint.

export type OutboxChannel = 'Email' | 'SMS'
export type OutboxKind = 'Invitation' | 'LoginEmail' | 'BulkImportReport'

export interface IdentityOutboxMessage {
  readonly id: string
  readonly channel: OutboxChannel
  readonly kind: OutboxKind
  /** E-mail address or phone number. */
  readonly to: string
  /** The user the message is about, when there is one. */
  readonly userUuid: string | null
  /** Epoch ms (wall clock). */
  readonly sentAt: number
  readonly details: Readonly<Record<string, unknown>>
}

/** The seed sends nothing: the outbox starts empty. */
export const EMPTY_OUTBOX: BaseRecords<IdentityOutboxMessage> = {
  size: 0,
  idAt: () => {
    throw new Error('the outbox has no generated messages')
  },
  recordAt: () => {
    throw new Error('the outbox has no generated messages')
  },
}
