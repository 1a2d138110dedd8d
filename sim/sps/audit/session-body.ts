import type { SpsAuditSession } from '../data/sps-audit-sessions'
import { isoMillisUtc, isoSecondsWithOffset } from './audit-times'

export const AUDIT_SESSIONS_HREF = '/api/audit/sessions'

export function sessionHref(key: string): string {
  return `${AUDIT_SESSIONS_HREF}/${encodeURIComponent(key)}`
}

/**
 * `GET /api/audit/sessions/<id>` body (6.0.12 guide sample): the recorded fields, the links to
 * alerts/channels/events/indexing, `recording.audit_trail` with its download link, and times in
 * the sample's formats.
 */
export function sessionBody(session: SpsAuditSession): Record<string, unknown> {
  const href = sessionHref(session.key)
  const { key: _key, creation_time, end_time, recording, ...rest } = session
  return {
    ...rest,
    alerts: { href: `${href}/alerts` },
    channels: { href: `${href}/channels` },
    creation_time: isoMillisUtc(creation_time),
    end_time: end_time === null ? null : isoSecondsWithOffset(end_time),
    events: { href: `${href}/events` },
    indexing: { href: `${href}/indexing` },
    recording: { ...recording, audit_trail: { archive: null, download: { href: `${href}/audit_trail` } } },
  }
}

/** The value at a dotted path (`recording.target.ip`); undefined when absent. */
export function valueAt(body: unknown, path: string): unknown {
  let current: unknown = body
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

/** `?fields=protocol,client.ip` → `{protocol, client: {ip}}`; unknown fields are left out. */
export function pickFields(body: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const value = valueAt(body, field)
    if (value === undefined) continue
    const parts = field.split('.')
    let target = out
    for (const part of parts.slice(0, -1)) {
      const next = target[part]
      if (next === null || typeof next !== 'object') target[part] = {}
      target = target[part] as Record<string, unknown>
    }
    target[parts[parts.length - 1] as string] = value
  }
  return out
}

/** Every string leaf of a body (for bare search terms). */
export function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) textsOf(item, out)
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) textsOf(item, out)
  return out
}
