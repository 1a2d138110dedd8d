import type { SwsPolicyDetail } from '@contract/sws-policies'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ArrowLeft, CircleAlert, Power, PowerOff, RotateCw } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { PageHeader } from '@/components/page-header'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import { setSwsPolicyDefaultLayers, swsPoliciesKey, swsPolicyDetailQueryOptions } from '../api/sws-policy-queries'
import type { SwsPolicyMemberSearch } from '../sws-policies-search'
import { ConfigurationDialog } from './configuration-dialog'
import { PolicyConfigurationCard } from './policy-configuration-card'
import { PolicyLayersCard } from './policy-layers-card'
import { PolicyMembersCard } from './policy-members-card'
import { PolicyRulesCard } from './policy-rules-card'
import { PolicyStatusBadge } from './policy-status-badge'
import { PolicyStatusDialog } from './policy-status-dialog'
import { SecurityLayersDialog } from './security-layers-dialog'

export interface SwsPolicyDetailScreenProps {
  tenant: string
  policyId: string
  canWrite: boolean
  search: SwsPolicyMemberSearch
  onSearchChange: (change: Partial<SwsPolicyMemberSearch>, options?: { replace?: boolean }) => void
}

type Open = 'status' | 'layers' | 'config' | null

function BackLink({ tenant }: { tenant: string }) {
  return (
    <Button variant="ghost" size="sm" asChild className="-ml-2 mb-2">
      <Link to="/t/$tenant/sws/policies" params={{ tenant }}>
        <ArrowLeft aria-hidden />
        All policies
      </Link>
    </Button>
  )
}

/** One policy: configuration, EPM, default layers, members and rules, and the changes an admin may make. */
export function SwsPolicyDetailScreen(props: SwsPolicyDetailScreenProps) {
  const detail = useQuery(swsPolicyDetailQueryOptions(props.tenant, props.policyId))
  const [open, setOpen] = useState<Open>(null)
  const queryClient = useQueryClient()
  const close = () => setOpen(null)

  if (detail.error) {
    return (
      <div>
        <BackLink tenant={props.tenant} />
        <PageHeader area="Secure Web Sessions" title="Policy" />
        <Alert variant="destructive">
          <CircleAlert aria-hidden />
          <AlertTitle>The policy could not be loaded</AlertTitle>
          <AlertDescription>
            <p>{detail.error.message}</p>
            <Button variant="outline" size="sm" className="mt-2" onClick={() => void detail.refetch()}>
              <RotateCw aria-hidden />
              Try again
            </Button>
          </AlertDescription>
        </Alert>
      </div>
    )
  }
  if (!detail.data) {
    return (
      <div aria-busy="true" className="space-y-4">
        <BackLink tenant={props.tenant} />
        <span className="sr-only">Loading the policy</span>
        <Skeleton className="h-8 w-72" />
        <div className="grid gap-4 lg:grid-cols-3">
          <Skeleton className="h-72 lg:col-span-2" />
          <Skeleton className="h-72" />
        </div>
      </div>
    )
  }
  const data: SwsPolicyDetail = detail.data
  const { policy } = data
  return (
    <div>
      <BackLink tenant={props.tenant} />
      <PageHeader
        area="Secure Web Sessions · Policy"
        title={policy.name}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <PolicyStatusBadge active={policy.active} />
            {policy.appKey && (
              <span>
                App key <code className="text-foreground font-mono text-xs break-all">{policy.appKey}</code>
              </span>
            )}
            {policy.description && <span className="break-words">{policy.description}</span>}
          </span>
        }
        actions={
          props.canWrite && (
            <Button variant={policy.active ? 'outline' : 'default'} onClick={() => setOpen('status')}>
              {policy.active ? <PowerOff aria-hidden /> : <Power aria-hidden />}
              {policy.active ? 'Deactivate' : 'Activate'}
            </Button>
          )
        }
      />
      <div className="grid items-start gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <PolicyConfigurationCard detail={data} onEdit={props.canWrite ? () => setOpen('config') : undefined} />
        </div>
        <PolicyLayersCard detail={data} onEdit={props.canWrite ? () => setOpen('layers') : undefined} />
        <div className="lg:col-span-3">
          <PolicyMembersCard
            tenant={props.tenant}
            policyId={policy.id}
            policyName={policy.name}
            search={props.search}
            onSearchChange={props.onSearchChange}
            canWrite={props.canWrite}
          />
        </div>
        <div className="lg:col-span-3">
          <PolicyRulesCard rules={data.sessionControlRules} />
        </div>
      </div>
      {open === 'status' && <PolicyStatusDialog tenant={props.tenant} policy={policy} onClose={close} />}
      {open === 'config' && <ConfigurationDialog tenant={props.tenant} detail={data} onClose={close} />}
      {open === 'layers' && (
        <SecurityLayersDialog
          title="Default security layers"
          description={`${policy.name}: the layers for sessions of members without layers of their own.`}
          changeLabel="Default security layers"
          idPrefix="default-layers"
          current={data.defaultSecurityLayers}
          save={(request) => setSwsPolicyDefaultLayers(props.tenant, policy.id, request)}
          onSaved={async () => {
            await queryClient.invalidateQueries({ queryKey: swsPoliciesKey(props.tenant) })
            toast.success(`Default security layers of ${policy.name} saved.`)
          }}
          onClose={close}
        />
      )}
    </div>
  )
}
