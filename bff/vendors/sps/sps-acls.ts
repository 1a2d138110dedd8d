import type { SpsAclMatrix, SpsAclPermission } from '../../../contract/sps-config'
import { vendorFailure } from '../http/vendor-errors'
import { isRecord } from './sps-config-objects'

// `GET /api/configuration/aaa/acls` (seed 004): body is a list of `{group, objects, permission}`.
// SPS does not allow editing ACLs over REST; the console shows them as a matrix.

export const ACLS_PATH = '/api/configuration/aaa/acls'

/** Readable names of SPS's privilege objects; an unknown object is shown by its path. */
const PRIVILEGE_LABELS: Record<string, string> = {
  '/special/basic': 'Basic settings',
  '/special/auth': 'Users & access control',
  '/special/searchmenu': 'Search',
  '/special/changelog': 'Changelog',
  '/special/pol': 'Policies',
  '/special/ssh': 'SSH control',
  '/special/rdp': 'RDP control',
  '/special/telnet': 'Telnet control',
  '/special/vnc': 'VNC control',
  '/special/ica': 'ICA control',
  '/special/http': 'HTTP control',
  '/special/search/search': 'Search (indexing)',
  '/special/bap': 'Indexing (BAP)',
  '/special/rpcapi': 'RPC API',
  '/special/indexer': 'Indexer',
}

export function privilegeLabel(object: string): string {
  return PRIVILEGE_LABELS[object] ?? object
}

/** Groups × privileges; `write` wins when a group is listed twice for one object. */
export function aclMatrix(value: unknown): SpsAclMatrix {
  const body = isRecord(value) ? value.body : undefined
  if (!Array.isArray(body)) throw vendorFailure('sps', 'answered the ACLs without a list.')
  const objects: string[] = []
  const rows = new Map<string, Record<string, SpsAclPermission>>()
  for (const entry of body) {
    if (!isRecord(entry) || typeof entry.group !== 'string' || !Array.isArray(entry.objects)) continue
    const permission: SpsAclPermission = entry.permission === 'write' ? 'write' : 'read'
    const row = rows.get(entry.group) ?? {}
    rows.set(entry.group, row)
    for (const object of entry.objects) {
      if (typeof object !== 'string') continue
      if (!objects.includes(object)) objects.push(object)
      if (row[object] !== 'write') row[object] = permission
    }
  }
  return {
    privileges: objects.map((object) => ({ object, label: privilegeLabel(object) })),
    groups: [...rows].map(([group, permissions]) => ({ group, permissions })),
  }
}

/** Names of the groups the ACLs reference (SPS refuses to rename or delete them). */
export function aclGroupNames(value: unknown): Set<string> {
  return new Set(aclMatrix(value).groups.map((row) => row.group))
}
