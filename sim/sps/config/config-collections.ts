import type { AnyConfigCollectionSpec } from './config-collection'
import { aaaSettingsConfig } from './aaa-settings-config'
import { rdpChannelPoliciesConfig, sshChannelPoliciesConfig } from './channel-policies-config'
import { localUsersConfig } from './local-users-config'
import { timePoliciesConfig } from './time-policies-config'
import { usergroupsConfig } from './usergroups-config'

/** Every configuration collection served with the generic object routes. */
export const CONFIG_COLLECTIONS: readonly AnyConfigCollectionSpec[] = [
  usergroupsConfig,
  localUsersConfig,
  aaaSettingsConfig,
  timePoliciesConfig,
  rdpChannelPoliciesConfig,
  sshChannelPoliciesConfig,
]
