// The privileges of the built-in usergroups, exactly as seed 004 (SPS 5.7.0,
// GET /api/configuration/aaa/acls) lists them. Read-only through the REST API.

export interface SpsAcl {
  readonly group: string
  readonly objects: readonly string[]
  readonly permission: 'read' | 'write'
}

export const SPS_BUILTIN_ACLS: readonly SpsAcl[] = [
  { group: 'basic-view', objects: ['/special/basic'], permission: 'read' },
  { group: 'basic-write', objects: ['/special/basic'], permission: 'write' },
  { group: 'auth-view', objects: ['/special/auth'], permission: 'read' },
  { group: 'auth-write', objects: ['/special/auth'], permission: 'write' },
  { group: 'search', objects: ['/special/searchmenu'], permission: 'read' },
  { group: 'changelog', objects: ['/special/changelog'], permission: 'read' },
  { group: 'policies-view', objects: ['/special/pol'], permission: 'read' },
  { group: 'policies-write', objects: ['/special/pol'], permission: 'write' },
  { group: 'ssh-view', objects: ['/special/ssh'], permission: 'read' },
  { group: 'ssh-write', objects: ['/special/ssh'], permission: 'write' },
  { group: 'rdp-view', objects: ['/special/rdp'], permission: 'read' },
  { group: 'rdp-write', objects: ['/special/rdp'], permission: 'write' },
  { group: 'telnet-view', objects: ['/special/telnet'], permission: 'read' },
  { group: 'telnet-write', objects: ['/special/telnet'], permission: 'write' },
  { group: 'vnc-view', objects: ['/special/vnc'], permission: 'read' },
  { group: 'vnc-write', objects: ['/special/vnc'], permission: 'write' },
  { group: 'indexing', objects: ['/special/search/search', '/special/bap'], permission: 'write' },
  { group: 'ica-view', objects: ['/special/ica'], permission: 'read' },
  { group: 'ica-write', objects: ['/special/ica'], permission: 'write' },
  { group: 'api', objects: ['/special/rpcapi'], permission: 'write' },
  { group: 'http-view', objects: ['/special/http'], permission: 'read' },
  { group: 'http-write', objects: ['/special/http'], permission: 'write' },
  { group: 'indexer-view', objects: ['/special/indexer'], permission: 'read' },
  { group: 'indexer-write', objects: ['/special/indexer'], permission: 'write' },
]
