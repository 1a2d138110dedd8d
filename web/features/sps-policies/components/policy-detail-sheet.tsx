import { SPS_CHANNEL_PROTOCOL_LABELS, type SpsChannelPolicy, type SpsChannelProtocol, type SpsTimePolicy } from '@contract/sps-policies'
import { useQuery } from '@tanstack/react-query'
import { CircleAlert } from 'lucide-react'
import type { ReactNode } from 'react'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@/components/ui/sheet'
import { Skeleton } from '@/components/ui/skeleton'
import { spsChannelPolicyQueryOptions, spsTimePolicyQueryOptions } from '../api/sps-policy-queries'
import type { SpsPolicyTab } from '../sps-policies-search'
import { BuiltInBadge } from './built-in-badge'
import { ChannelRules } from './channel-rules'
import { WeekSchedule } from './week-schedule'

export interface PolicyDetailSheetProps {
  tenant: string
  tab: SpsPolicyTab
  /** The open policy's key; undefined when the sheet is closed. */
  policyKey: string | undefined
  onClose: () => void
}

/** One policy as SPS holds it now, read-only, beside the list. */
export function PolicyDetailSheet({ tenant, tab, policyKey, onClose }: PolicyDetailSheetProps) {
  return (
    <Sheet open={policyKey !== undefined} onOpenChange={(open) => !open && onClose()}>
      <SheetContent className="w-full sm:max-w-2xl">
        {policyKey !== undefined &&
          (tab === 'time' ? <TimePolicyDetail tenant={tenant} policyKey={policyKey} /> : <ChannelPolicyDetail tenant={tenant} protocol={tab} policyKey={policyKey} />)}
      </SheetContent>
    </Sheet>
  )
}

function TimePolicyDetail({ tenant, policyKey }: { tenant: string; policyKey: string }) {
  const detail = useQuery(spsTimePolicyQueryOptions(tenant, policyKey))
  return (
    <DetailFrame kind="Time policy" policy={detail.data} error={detail.error} policyKey={policyKey}>
      {(policy: SpsTimePolicy) => (
        <section aria-labelledby="time-policy-week" className="flex flex-col gap-3">
          <h3 id="time-policy-week" className="text-sm font-semibold">
            Allowed hours
          </h3>
          <WeekSchedule days={policy.days} />
        </section>
      )}
    </DetailFrame>
  )
}

function ChannelPolicyDetail({ tenant, protocol, policyKey }: { tenant: string; protocol: SpsChannelProtocol; policyKey: string }) {
  const detail = useQuery(spsChannelPolicyQueryOptions(tenant, protocol, policyKey))
  return (
    <DetailFrame kind={`${SPS_CHANNEL_PROTOCOL_LABELS[protocol]} channel policy`} policy={detail.data} error={detail.error} policyKey={policyKey}>
      {(policy: SpsChannelPolicy) => <ChannelRules rules={policy.rules} />}
    </DetailFrame>
  )
}

function DetailFrame<T extends { name: string; key: string; builtIn: boolean }>(props: {
  kind: string
  policyKey: string
  policy: T | undefined
  error: Error | null
  children: (policy: T) => ReactNode
}) {
  const { policy } = props
  return (
    <>
      <SheetHeader>
        <p className="text-muted-foreground text-sm">{props.kind}</p>
        <SheetTitle className="flex flex-wrap items-center gap-2 text-lg break-all">
          {policy ? policy.name : props.error ? 'Not available' : 'Loading…'}
          {policy?.builtIn && <BuiltInBadge />}
        </SheetTitle>
        <SheetDescription>
          Key <code className="font-mono text-xs">{props.policyKey}</code>. Read-only: policies are changed on the SPS appliance.
        </SheetDescription>
      </SheetHeader>
      <div className="px-4 pb-6">
        {props.error ? (
          <Alert variant="destructive">
            <CircleAlert aria-hidden />
            <AlertTitle>The policy could not be read</AlertTitle>
            <AlertDescription>{props.error.message}</AlertDescription>
          </Alert>
        ) : policy ? (
          props.children(policy)
        ) : (
          <div className="flex flex-col gap-2" aria-busy="true">
            <Skeleton className="h-6 w-1/2" />
            <Skeleton className="h-24 w-full" />
          </div>
        )}
      </div>
    </>
  )
}
