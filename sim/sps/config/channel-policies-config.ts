import { z } from 'zod'
import { isBuiltinKey, type SpsChannelPolicy } from '../data/sps-policies'
import { reference } from '../message-format'
import { ACL_OBJECTS } from '../auth/sps-privileges'
import type { FieldError } from '../sps-error'
import type { ConfigCollectionSpec } from './config-collection'
import { CONFIG_HREFS } from './config-tree'
import { checkBody, INVALID_FIELDS_MESSAGE, REFERENCE_MESSAGE } from './request-body-schema'
import { BUILTIN_DELETE_MESSAGE } from './time-policies-config'

// `/api/configuration/<rdp|ssh>/channel_policies`, with the rule shape of seed 003's example:
// `actions` {audit, content_policy, four_eyes, ids}, `allowed_for` {clients, gateway_groups,
// remote_groups, servers, time_policy} and `channel`. `time_policy` references a time policy;
// content policies are not simulated, so `content_policy` must stay null.

const keyReference = z.string({ error: REFERENCE_MESSAGE }).min(1)
const channelRule = z.object({
  actions: z.object({ audit: z.boolean(), content_policy: keyReference.nullable(), four_eyes: z.boolean(), ids: z.boolean() }),
  allowed_for: z.object({
    clients: z.array(z.string()),
    gateway_groups: z.array(z.string()),
    remote_groups: z.array(z.string()),
    servers: z.array(z.string()),
    time_policy: keyReference,
  }),
  channel: z.string().min(1),
})
const channelPolicyBody = z.object({ name: z.string().min(1), rules: z.array(channelRule) })

function channelPoliciesConfig(store: 'rdpChannelPolicies' | 'sshChannelPolicies', href: string, aclObject: string): ConfigCollectionSpec<typeof store> {
  return {
    store,
    href,
    aclObject,

    parse(body, { view, key }) {
      const checked = checkBody(channelPolicyBody, body)
      if (!checked.ok) return { ok: false, message: INVALID_FIELDS_MESSAGE, errors: checked.errors }
      const policy = checked.value
      if (view.list(store).some((other) => other.key !== key && other.name === policy.name)) {
        return { ok: false, message: 'A channel policy with this name already exists.', errors: [{ field: 'name', message: `"${policy.name}" is taken` }] }
      }
      const errors: FieldError[] = []
      policy.rules.forEach((rule, index) => {
        if (!view.get('timePolicies', rule.allowed_for.time_policy)) {
          errors.push({ field: `rules.${index}.allowed_for.time_policy`, message: `no time policy ${rule.allowed_for.time_policy}` })
        }
        if (rule.actions.content_policy !== null) {
          errors.push({ field: `rules.${index}.actions.content_policy`, message: `no content policy ${rule.actions.content_policy}` })
        }
      })
      if (errors.length) return { ok: false, message: 'The request refers to objects that do not exist.', errors }
      const record: SpsChannelPolicy = { key, name: policy.name, rules: policy.rules }
      return { ok: true, record }
    },

    toBody: (policy) => ({
      name: policy.name,
      rules: policy.rules.map((rule) => ({
        ...rule,
        allowed_for: { ...rule.allowed_for, time_policy: reference(CONFIG_HREFS.timePolicies, rule.allowed_for.time_policy) },
      })),
    }),
    toStored: (policy) => ({ name: policy.name, rules: policy.rules }),

    refuseDelete: (policy) => (isBuiltinKey(policy.key) ? { message: BUILTIN_DELETE_MESSAGE } : null),
  }
}

export const rdpChannelPoliciesConfig = channelPoliciesConfig('rdpChannelPolicies', CONFIG_HREFS.rdpChannelPolicies, ACL_OBJECTS.rdp)
export const sshChannelPoliciesConfig = channelPoliciesConfig('sshChannelPolicies', CONFIG_HREFS.sshChannelPolicies, ACL_OBJECTS.ssh)
