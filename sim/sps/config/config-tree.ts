import type { Href } from '../message-format'

// The part of the `/api/configuration` tree the simulator serves. Directories list their
// children; siblings (for `first`/`last`/`next`/`previous`) are a node's parent's children, in
// the alphabetical order SPS uses (`acls`, `local_database`, `settings`).

export const CONFIG_HREFS = {
  configuration: '/api/configuration',
  aaa: '/api/configuration/aaa',
  acls: '/api/configuration/aaa/acls',
  localDatabase: '/api/configuration/aaa/local_database',
  usergroups: '/api/configuration/aaa/local_database/groups',
  localUsers: '/api/configuration/aaa/local_database/users',
  aaaSettings: '/api/configuration/aaa/settings',
  passwords: '/api/configuration/passwords',
  policies: '/api/configuration/policies',
  timePolicies: '/api/configuration/policies/time_policies',
  rdp: '/api/configuration/rdp',
  rdpChannelPolicies: '/api/configuration/rdp/channel_policies',
  ssh: '/api/configuration/ssh',
  sshChannelPolicies: '/api/configuration/ssh/channel_policies',
} as const

const DIRECTORIES: Readonly<Record<Href, readonly string[]>> = {
  [CONFIG_HREFS.configuration]: ['aaa', 'passwords', 'policies', 'rdp', 'ssh'],
  [CONFIG_HREFS.aaa]: ['acls', 'local_database', 'settings'],
  [CONFIG_HREFS.localDatabase]: ['groups', 'users'],
  [CONFIG_HREFS.policies]: ['time_policies'],
  [CONFIG_HREFS.rdp]: ['channel_policies'],
  [CONFIG_HREFS.ssh]: ['channel_policies'],
}

export function directoryHrefs(): Href[] {
  return Object.keys(DIRECTORIES)
}

export function directoryChildren(href: Href): readonly string[] | undefined {
  return DIRECTORIES[href]
}

/** The hrefs of a tree node's siblings, itself included; empty at the top of the tree. */
export function siblingHrefs(href: Href): Href[] {
  const cut = href.lastIndexOf('/')
  const parent = href.slice(0, cut)
  return (DIRECTORIES[parent] ?? []).map((name) => `${parent}/${name}`)
}
