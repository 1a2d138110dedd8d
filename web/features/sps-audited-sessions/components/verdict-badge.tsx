import { SPS_SESSION_VERDICT_LABELS, type SpsSessionVerdict } from '@contract/sps-audited-sessions'
import { Badge } from '@/components/ui/badge'

const VARIANTS: Record<SpsSessionVerdict, 'success' | 'warning' | 'destructive'> = {
  ACCEPT: 'success',
  TERMINATED: 'warning',
  DENY: 'destructive',
}

/** SPS's verdict on a session; an unknown verdict is shown as SPS wrote it. */
export function VerdictBadge({ verdict, active }: { verdict: string | null; active?: boolean }) {
  const known = verdict !== null && verdict in VARIANTS ? (verdict as SpsSessionVerdict) : null
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {known ? (
        <Badge variant={VARIANTS[known]}>{SPS_SESSION_VERDICT_LABELS[known]}</Badge>
      ) : (
        <Badge variant="outline">{verdict ?? 'Unknown'}</Badge>
      )}
      {active && <Badge variant="outline">Active</Badge>}
    </span>
  )
}
