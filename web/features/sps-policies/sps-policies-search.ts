import { searchOneOf, searchText } from '@/components/data-table/table-search-params'

/** The tabs of the policies screen: time policies, then channel policies per protocol. */
export const SPS_POLICY_TABS = ['time', 'rdp', 'ssh'] as const
export type SpsPolicyTab = (typeof SPS_POLICY_TABS)[number]

export const SPS_POLICY_TAB_LABELS: Record<SpsPolicyTab, string> = {
  time: 'Time policies',
  rdp: 'RDP channel policies',
  ssh: 'SSH channel policies',
}

/** The policies screen's URL: which tab, and which policy's detail is open. */
export interface SpsPoliciesSearch {
  /** Absent for the first tab. */
  tab?: Exclude<SpsPolicyTab, 'time'>
  /** The key of the policy whose detail is open. */
  policy?: string
}

export function validateSpsPoliciesSearch(raw: Record<string, unknown>): SpsPoliciesSearch {
  const tab = searchOneOf(raw.tab, ['rdp', 'ssh'] as const)
  const policy = searchText(raw.policy, 128)
  return { ...(tab ? { tab } : {}), ...(policy && /^[\w.-]+$/.test(policy) ? { policy } : {}) }
}

export const currentTab = (search: SpsPoliciesSearch): SpsPolicyTab => search.tab ?? 'time'
