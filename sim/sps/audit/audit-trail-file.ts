import type { SeedSource } from '../../framework/seed-source'
import type { SpsAuditSession } from '../data/sps-audit-sessions'

// The downloadable audit trail of a session: a stand-in for the proprietary `.zat` file, the
// same bytes for the same seed and session, its size growing with the session's length.

const MAX_BYTES = 256 * 1024

export function auditTrailFileName(session: SpsAuditSession): string {
  return `audit-${session.recording.connection_policy}-${session.key}.zat`
}

export function auditTrailBytes(seed: SeedSource, session: SpsAuditSession): Uint8Array {
  const header = new TextEncoder().encode(`ZAT\u0001${session.key}\u0000${session.protocol}\u0000`)
  const size = Math.min(MAX_BYTES, header.length + 4096 + session.duration * 32)
  const bytes = new Uint8Array(size)
  bytes.set(header)
  const rng = seed.rng('sps.audit-trail', session.key)
  for (let i = header.length; i < size; i += 4) {
    const word = rng.nextUint32()
    for (let b = 0; b < 4 && i + b < size; b++) bytes[i + b] = (word >>> (8 * b)) & 0xff
  }
  return bytes
}
