import { z } from 'zod'
import { AAA_SETTINGS_KEY, AUTHENTICATION_METHODS, USER_DATABASES, type SpsAaaSettings } from '../data/sps-aaa-settings'
import { ACL_OBJECTS } from '../auth/sps-privileges'
import { withoutKey, type ConfigCollectionSpec } from './config-collection'
import { CONFIG_HREFS } from './config-tree'
import { checkBody, INVALID_FIELDS_MESSAGE } from './request-body-schema'

// `/api/configuration/aaa/settings`, a singleton (GET and PUT). Shape chosen by us (sps.md §7.6 is
// UNSURE): `{"authentication_method": {"selection": "password"|"radius"}, "user_database":
// {"selection": "local"|"ldap"}}`.

const aaaSettingsBody = z.object({
  authentication_method: z.object({ selection: z.enum(AUTHENTICATION_METHODS) }),
  user_database: z.object({ selection: z.enum(USER_DATABASES) }),
})

export const aaaSettingsConfig: ConfigCollectionSpec<'aaaSettings'> = {
  store: 'aaaSettings',
  href: CONFIG_HREFS.aaaSettings,
  aclObject: ACL_OBJECTS.auth,
  singletonKey: AAA_SETTINGS_KEY,

  parse(body) {
    const checked = checkBody(aaaSettingsBody, body)
    if (!checked.ok) return { ok: false, message: INVALID_FIELDS_MESSAGE, errors: checked.errors }
    const record: SpsAaaSettings = { key: AAA_SETTINGS_KEY, ...checked.value }
    return { ok: true, record }
  },

  toBody: (settings) => withoutKey(settings),
  toStored: (settings) => withoutKey(settings),
}
