import { z } from 'zod'
import { isBuiltinKey, WEEKDAYS, type SpsTimePolicy } from '../data/sps-policies'
import { childHref } from '../message-format'
import { ACL_OBJECTS } from '../auth/sps-privileges'
import type { ConfigView } from '../transactions/config-view'
import { withoutKey, type ConfigCollectionSpec } from './config-collection'
import { CONFIG_HREFS } from './config-tree'
import { checkBody, INVALID_FIELDS_MESSAGE } from './request-body-schema'

// `/api/configuration/policies/time_policies`: a name without whitespace and, for every day, the
// list of `["H:MM", "H:MM"]` intervals when access is allowed. `-100` (7x24) is built in.

const clock = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'expected a time like "8:00" or "23:59"')
const interval = z.tuple([clock, clock])
const timePolicyBody = z.object({
  name: z.string().regex(/^\S+$/, 'the name cannot be empty or contain whitespace'),
  ...Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(interval)])),
})

export const BUILTIN_DELETE_MESSAGE = 'Built-in policies that are available on SPS by default cannot be deleted.'

/** Channel policies (of any protocol) whose rules use a time policy. */
export function channelPoliciesUsingTimePolicy(view: ConfigView, key: string): string[] {
  const users: string[] = []
  const scan = (store: 'rdpChannelPolicies' | 'sshChannelPolicies', href: string): void => {
    for (const policy of view.list(store)) {
      if (policy.rules.some((rule) => rule.allowed_for.time_policy === key)) users.push(childHref(href, policy.key))
    }
  }
  scan('rdpChannelPolicies', CONFIG_HREFS.rdpChannelPolicies)
  scan('sshChannelPolicies', CONFIG_HREFS.sshChannelPolicies)
  return users
}

export const timePoliciesConfig: ConfigCollectionSpec<'timePolicies'> = {
  store: 'timePolicies',
  href: CONFIG_HREFS.timePolicies,
  aclObject: ACL_OBJECTS.policies,

  parse(body, { view, key }) {
    const checked = checkBody(timePolicyBody, body)
    if (!checked.ok) return { ok: false, message: INVALID_FIELDS_MESSAGE, errors: checked.errors }
    const value = checked.value as unknown as Omit<SpsTimePolicy, 'key'>
    if (view.list('timePolicies').some((policy) => policy.key !== key && policy.name === value.name)) {
      return { ok: false, message: 'A time policy with this name already exists.', errors: [{ field: 'name', message: `"${value.name}" is taken` }] }
    }
    return { ok: true, record: { ...value, key } }
  },

  toBody: (policy) => withoutKey(policy),
  toStored: (policy) => withoutKey(policy),

  refuseDelete(policy, view) {
    if (isBuiltinKey(policy.key)) return { message: BUILTIN_DELETE_MESSAGE }
    const users = channelPoliciesUsingTimePolicy(view, policy.key)
    return users.length
      ? { message: 'You cannot delete policies or objects that are used in other policies: the time policy is used in a channel policy.', details: { referenced_by: users } }
      : null
  },
}
