import type { SpsChange, SpsChangeKind, SpsChangeType, SpsPendingMark } from '../../../contract/sps-config'
import { isRecord, referenceKey } from './sps-config-objects'
import { LOCAL_USERS_PATH, PASSWORDS_PATH } from './sps-local-users'
import { USERGROUPS_PATH } from './sps-usergroups'

// `GET /api/transaction/changes` (sps.md §5): `{"changes": [{type, path, new_value?, old_value?,
// new_order?, old_order?}]}`, values in request form (references as keys). The console shows a
// field-by-field diff; a password is only ever "set" or "changed", never its value or key.

export const TRANSACTION_CHANGES_PATH = '/api/transaction/changes'

const TYPES: readonly SpsChangeType[] = ['create', 'replace', 'delete', 'reorder']

function kindOf(path: string): SpsChangeKind {
  if (path.startsWith(`${USERGROUPS_PATH}/`)) return 'usergroup'
  if (path.startsWith(`${LOCAL_USERS_PATH}/`)) return 'local-user'
  if (path.startsWith(`${PASSWORDS_PATH}/`)) return 'password'
  return 'other'
}

/** A value as one line of text; lists joined, objects as JSON. */
function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ')
  return JSON.stringify(value)
}

/** Field differences between two request-form objects; `password` shows only that it changed. */
function fieldDiff(kind: SpsChangeKind, before: unknown, after: unknown, nameByKey: ReadonlyMap<string, string>): SpsChange['fields'] {
  const old = isRecord(before) ? before : {}
  const next = isRecord(after) ? after : {}
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((field) => field !== 'password_created')
  return fields.flatMap((field) => {
    if (kind === 'local-user' && field === 'password') {
      const was = referenceKey(old[field])
      const now = referenceKey(next[field])
      if (was === now) return []
      return [{ field, before: was === null ? null : 'set', after: now === null ? null : was === null ? 'set' : 'changed' }]
    }
    const show = (value: unknown) =>
      kind === 'usergroup' && field === 'members' && Array.isArray(value)
        ? asText(value.map((member) => (typeof member === 'string' ? (nameByKey.get(member) ?? member) : member)))
        : asText(value)
    const was = show(old[field])
    const now = show(next[field])
    return was === now ? [] : [{ field, before: was, after: now }]
  })
}

/** The changelog as the console shows it. `nameByKey` turns member keys into user names. */
export function parseChanges(value: unknown, nameByKey: ReadonlyMap<string, string> = new Map()): SpsChange[] {
  const list = isRecord(value) && Array.isArray(value.changes) ? value.changes : []
  return list.flatMap((entry): SpsChange[] => {
    if (!isRecord(entry) || typeof entry.path !== 'string') return []
    const type = TYPES.find((candidate) => candidate === entry.type) ?? 'replace'
    const kind = kindOf(entry.path)
    const key = entry.path.slice(entry.path.lastIndexOf('/') + 1)
    const subject = isRecord(entry.new_value) ? entry.new_value : isRecord(entry.old_value) ? entry.old_value : {}
    const name = typeof subject.name === 'string' ? subject.name : null
    // A password object carries nothing to show: only that one was created.
    const fields = kind === 'password' || type === 'reorder' ? [] : fieldDiff(kind, type === 'create' ? {} : entry.old_value, type === 'delete' ? {} : entry.new_value, nameByKey)
    return [{ type, kind, path: entry.path, key, name, fields }]
  })
}

/** Which objects the open transaction created, changed or deleted, by path. */
export function pendingMarks(changes: readonly SpsChange[]): Map<string, SpsPendingMark | 'deleted'> {
  const marks = new Map<string, SpsPendingMark | 'deleted'>()
  for (const change of changes) {
    const previous = marks.get(change.path)
    if (change.type === 'delete') marks.set(change.path, 'deleted')
    else if (change.type === 'create' || previous === 'created') marks.set(change.path, 'created')
    else marks.set(change.path, 'changed')
  }
  return marks
}
