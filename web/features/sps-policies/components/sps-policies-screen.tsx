import { SPS_CHANNEL_PROTOCOL_LABELS, type SpsChannelProtocol } from '@contract/sps-policies'
import { useQuery } from '@tanstack/react-query'
import { PageHeader } from '@/components/page-header'
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs'
import { spsChannelPoliciesQueryOptions, spsTimePoliciesQueryOptions } from '../api/sps-policy-queries'
import { currentTab, SPS_POLICY_TAB_LABELS, SPS_POLICY_TABS, type SpsPoliciesSearch, type SpsPolicyTab } from '../sps-policies-search'
import { ChannelPoliciesTable } from './channel-policies-table'
import { PolicyDetailSheet } from './policy-detail-sheet'
import { PolicyListStatus } from './policy-list-status'
import { TimePoliciesTable } from './time-policies-table'

export interface SpsPoliciesScreenProps {
  tenant: string
  search: SpsPoliciesSearch
  onSearchChange: (change: Partial<SpsPoliciesSearch>) => void
}

/** SPS time and channel policies, read-only, built-ins marked; the tab and open policy live in the URL. */
export function SpsPoliciesScreen({ tenant, search, onSearchChange }: SpsPoliciesScreenProps) {
  const tab = currentTab(search)
  const open = (policy: string) => onSearchChange({ policy })
  return (
    <>
      <PageHeader
        area="Safeguard SPS"
        title="Policies"
        description="Time policies and RDP/SSH channel policies as SPS holds them. Read-only here: change them on the appliance. Built-in policies ship with SPS and cannot be changed or deleted."
      />
      <Tabs value={tab} onValueChange={(next) => onSearchChange({ tab: next === 'time' ? undefined : (next as 'rdp' | 'ssh'), policy: undefined })}>
        <TabsList aria-label="Policy kinds" className="mb-3 max-w-full overflow-x-auto">
          {SPS_POLICY_TABS.map((kind) => (
            <TabsTrigger key={kind} value={kind}>
              {SPS_POLICY_TAB_LABELS[kind]}
            </TabsTrigger>
          ))}
        </TabsList>
        <TabsContent value="time">
          <TimePoliciesTab tenant={tenant} onOpen={open} />
        </TabsContent>
        {(['rdp', 'ssh'] as const).map((protocol) => (
          <TabsContent key={protocol} value={protocol}>
            <ChannelPoliciesTab tenant={tenant} protocol={protocol} onOpen={open} />
          </TabsContent>
        ))}
      </Tabs>
      <PolicyDetailSheet tenant={tenant} tab={tab satisfies SpsPolicyTab} policyKey={search.policy} onClose={() => onSearchChange({ policy: undefined })} />
    </>
  )
}

function TimePoliciesTab({ tenant, onOpen }: { tenant: string; onOpen: (key: string) => void }) {
  const list = useQuery(spsTimePoliciesQueryOptions(tenant))
  return (
    <PolicyListStatus loading={list.isPending} error={list.error} empty={list.data?.items.length === 0} what="time policies" onRetry={() => void list.refetch()}>
      <TimePoliciesTable policies={list.data?.items ?? []} onOpen={onOpen} />
    </PolicyListStatus>
  )
}

function ChannelPoliciesTab({ tenant, protocol, onOpen }: { tenant: string; protocol: SpsChannelProtocol; onOpen: (key: string) => void }) {
  const list = useQuery(spsChannelPoliciesQueryOptions(tenant, protocol))
  const label = `${SPS_CHANNEL_PROTOCOL_LABELS[protocol]} channel policies`
  return (
    <PolicyListStatus loading={list.isPending} error={list.error} empty={list.data?.items.length === 0} what={label} onRetry={() => void list.refetch()}>
      <ChannelPoliciesTable policies={list.data?.items ?? []} label={label} onOpen={onOpen} />
    </PolicyListStatus>
  )
}
