import { z } from 'zod'
import { AAA_SETTINGS_KEY, localUsersManageable } from '../data/sps-aaa-settings'
import type { SpsUsergroup } from '../data/sps-usergroups'
import { CONFIG_HREFS } from './config-tree'
import { ACL_OBJECTS } from '../auth/sps-privileges'
import type { FieldError } from '../sps-error'
import type { ConfigView } from '../transactions/config-view'
import { withoutKey, type ConfigCollectionSpec } from './config-collection'
import { checkBody, INVALID_FIELDS_MESSAGE } from './request-body-schema'

// `/api/configuration/aaa/local_database/groups` (seed 004): `name` and `members`. The seed's GET
// describes members as user names, its POST example sends user keys: both are accepted and names
// are stored. With the local user database a member must be an existing local user; under LDAP
// any name is kept (LDAP users get privileges through local groups too).

const usergroupBody = z.object({ name: z.string().min(1), members: z.array(z.string().min(1)) })

function resolveMembers(view: ConfigView, members: readonly string[]): { names: string[]; errors: FieldError[] } {
  const users = view.list('localUsers')
  const byKey = new Map(users.map((user) => [user.key, user.name]))
  const names = new Set(users.map((user) => user.name))
  const local = localUsersManageable(view.get('aaaSettings', AAA_SETTINGS_KEY))
  const out: string[] = []
  const errors: FieldError[] = []
  members.forEach((member, index) => {
    const name = byKey.get(member) ?? (names.has(member) || !local ? member : null)
    if (name === null) errors.push({ field: `members.${index}`, message: `no local user with key or name "${member}"` })
    else if (!out.includes(name)) out.push(name)
  })
  return { names: out, errors }
}

/** Groups the ACLs name (the built-in ones): their privileges hang on the name. */
function aclGroupNames(view: ConfigView): Set<string> {
  return new Set(view.data.acls.map((acl) => acl.group))
}

export const usergroupsConfig: ConfigCollectionSpec<'usergroups'> = {
  store: 'usergroups',
  href: CONFIG_HREFS.usergroups,
  aclObject: ACL_OBJECTS.auth,

  parse(body, { view, key }) {
    const checked = checkBody(usergroupBody, body)
    if (!checked.ok) return { ok: false, message: INVALID_FIELDS_MESSAGE, errors: checked.errors }
    const { name, members } = checked.value
    if (view.list('usergroups').some((group) => group.key !== key && group.name === name)) {
      return { ok: false, message: 'A usergroup with this name already exists.', errors: [{ field: 'name', message: `"${name}" is taken` }] }
    }
    const resolved = resolveMembers(view, members)
    if (resolved.errors.length) return { ok: false, message: 'You must refer to existing user accounts.', errors: resolved.errors }
    const record: SpsUsergroup = { key, name, members: resolved.names }
    return { ok: true, record }
  },

  toBody: (group) => withoutKey(group),
  toStored: (group) => withoutKey(group),

  refuseReplace(previous, next, view) {
    return previous.name !== next.name && aclGroupNames(view).has(previous.name)
      ? { message: 'The usergroup is referenced by the ACLs and cannot be renamed.', details: { referenced_by: [CONFIG_HREFS.acls] } }
      : null
  },

  refuseDelete(group, view) {
    return aclGroupNames(view).has(group.name)
      ? { message: 'The usergroup is referenced by the ACLs and cannot be deleted.', details: { referenced_by: [CONFIG_HREFS.acls] } }
      : null
  },
}
