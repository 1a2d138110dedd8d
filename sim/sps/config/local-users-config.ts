import { z } from 'zod'
import { localUsersManageable, AAA_SETTINGS_KEY } from '../data/sps-aaa-settings'
import { SPS_ADMIN_USER } from '../data/sps-appliance'
import type { SpsLocalUser } from '../data/sps-local-users'
import { referenceOrNull } from '../message-format'
import { ACL_OBJECTS } from '../auth/sps-privileges'
import type { ConfigCollectionSpec } from './config-collection'
import { CONFIG_HREFS } from './config-tree'
import { checkBody, INVALID_FIELDS_MESSAGE, REFERENCE_MESSAGE } from './request-body-schema'

// `/api/configuration/aaa/local_database/users` (seed 004): `name`, `password` (a reference to a
// password object, null for none) and `password_created` (set by the appliance when the password
// changes; accepted and ignored in requests).

export const PASSWORD_REUSE_MESSAGE =
  'You tried to reuse a password object. You can use a password object for only one purpose, that is, you cannot reference a password object twice.'

const localUserBody = z.object({
  name: z.string().min(1),
  password: z.string({ error: REFERENCE_MESSAGE }).min(1).nullable(),
  password_created: z.number().int().nullable().optional(),
})

export const localUsersConfig: ConfigCollectionSpec<'localUsers'> = {
  store: 'localUsers',
  href: CONFIG_HREFS.localUsers,
  aclObject: ACL_OBJECTS.auth,

  parse(body, { view, key, previous, nowSeconds }) {
    const checked = checkBody(localUserBody, body)
    if (!checked.ok) return { ok: false, message: INVALID_FIELDS_MESSAGE, errors: checked.errors }
    const { name, password } = checked.value
    const users = view.list('localUsers')
    if (users.some((user) => user.key !== key && user.name === name)) {
      return { ok: false, message: 'A local user with this name already exists.', errors: [{ field: 'name', message: `"${name}" is taken` }] }
    }
    if (password !== null) {
      if (!view.get('passwords', password)) {
        return { ok: false, message: 'The referenced password object does not exist.', errors: [{ field: 'password', message: `no password object ${password}` }] }
      }
      if (users.some((user) => user.key !== key && user.password === password)) {
        return { ok: false, message: PASSWORD_REUSE_MESSAGE, errors: [{ field: 'password', message: 'already referenced by another object' }] }
      }
    }
    const unchangedPassword = previous !== undefined && previous.password === password
    const record: SpsLocalUser = {
      key,
      name,
      password,
      password_created: password === null ? null : unchangedPassword ? previous.password_created : nowSeconds,
    }
    return { ok: true, record }
  },

  toBody: (user) => ({ name: user.name, password: referenceOrNull(CONFIG_HREFS.passwords, user.password), password_created: user.password_created }),
  toStored: (user) => ({ name: user.name, password: user.password, password_created: user.password_created }),

  refuseChanges(view) {
    return localUsersManageable(view.get('aaaSettings', AAA_SETTINGS_KEY))
      ? null
      : { message: 'Local users cannot be managed when LDAP authentication is used.' }
  },

  refuseReplace(previous, next) {
    return previous.name === SPS_ADMIN_USER.name && next.name !== SPS_ADMIN_USER.name ? { message: 'The admin user cannot be renamed.' } : null
  },

  refuseDelete(user) {
    return user.name === SPS_ADMIN_USER.name ? { message: 'The admin user is available by default and cannot be deleted.' } : null
  },
}
