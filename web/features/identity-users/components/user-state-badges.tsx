import type { IdentityUserSignals } from '@contract/identity-users'
import { Badge } from '@/components/ui/badge'
import { Skeleton } from '@/components/ui/skeleton'

const STATUS_VARIANT: Record<string, 'success' | 'destructive' | 'warning' | 'secondary'> = {
  Active: 'success',
  Locked: 'destructive',
  Suspended: 'warning',
  Expired: 'warning',
}
const STATUS_LABEL: Record<string, string> = { Suspended: 'Disabled' }

/** The directory's status; Suspended is what Identity calls a disabled account. */
export function UserStatusBadge({ status }: { status: string }) {
  return <Badge variant={STATUS_VARIANT[status] ?? 'secondary'}>{STATUS_LABEL[status] ?? status}</Badge>
}

/** Why sign-in may fail, from the row and (once fetched) its signals; "—" when nothing stands in the way. */
export function SignInBadges(props: { locked: boolean; enabled: boolean; signals: IdentityUserSignals | undefined; loading: boolean; failed: boolean }) {
  const reasons: { label: string; variant: 'destructive' | 'warning' }[] = []
  if (props.locked) reasons.push({ label: 'Locked', variant: 'destructive' })
  if (props.signals?.lockedOutByPolicy) reasons.push({ label: 'Locked out by policy', variant: 'destructive' })
  if (!props.enabled) reasons.push({ label: 'Disabled', variant: 'warning' })
  return (
    <div className="flex flex-wrap items-center gap-1">
      {reasons.map((reason) => (
        <Badge key={reason.label} variant={reason.variant}>
          {reason.label}
        </Badge>
      ))}
      {props.loading && <Skeleton className="h-5 w-16" aria-label="Checking lock-out by policy" />}
      {props.failed && <span className="text-muted-foreground text-xs">lock-out unknown</span>}
      {reasons.length === 0 && !props.loading && !props.failed && <span className="text-muted-foreground">—</span>}
    </div>
  )
}

const RISK_VARIANT: Record<string, 'success' | 'warning' | 'destructive'> = {
  Low: 'success',
  Medium: 'warning',
  High: 'destructive',
}

export function RiskBadge(props: { level: string | null | undefined; loading?: boolean; failed?: boolean }) {
  if (props.loading) return <Skeleton className="h-5 w-12" aria-label="Loading risk level" />
  if (props.failed) return <span className="text-muted-foreground text-xs">unknown</span>
  if (!props.level) return <span className="text-muted-foreground">—</span>
  return <Badge variant={RISK_VARIANT[props.level] ?? 'secondary'}>{props.level}</Badge>
}
