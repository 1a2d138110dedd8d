import type { ImportJobSummary, ImportRowStatus } from '@contract/identity-imports'
import { Ban, Check, CircleDashed, Clock, Loader, X } from 'lucide-react'
import { Badge } from '@/components/ui/badge'

const ROW_LOOK = {
  created: { variant: 'success', Icon: Check, label: 'Created' },
  rejected: { variant: 'destructive', Icon: X, label: 'Rejected' },
  cancelled: { variant: 'secondary', Icon: Ban, label: 'Cancelled' },
  pending: { variant: 'outline', Icon: Clock, label: 'Waiting' },
  sending: { variant: 'warning', Icon: Loader, label: 'Being checked' },
} as const

/** A row's outcome in colour, with an icon and a word so it does not rely on colour alone. */
export function ImportRowStatusBadge({ status }: { status: ImportRowStatus }) {
  const { variant, Icon, label } = ROW_LOOK[status]
  return (
    <Badge variant={variant}>
      <Icon aria-hidden />
      {label}
    </Badge>
  )
}

export function importJobStatusLabel(job: ImportJobSummary): string {
  if (job.finishedAt === null) return job.status === 'cancelled' ? 'Cancelling' : job.waitingReason ? 'Waiting' : 'Running'
  return job.status === 'cancelled' ? 'Cancelled' : 'Completed'
}

export function ImportJobStatusBadge({ job }: { job: ImportJobSummary }) {
  const label = importJobStatusLabel(job)
  if (job.finishedAt === null)
    return (
      <Badge variant={job.waitingReason ? 'warning' : 'outline'}>
        <CircleDashed aria-hidden className="motion-safe:animate-spin" />
        {label}
      </Badge>
    )
  return (
    <Badge variant={job.status === 'cancelled' ? 'secondary' : job.rejected > 0 ? 'warning' : 'success'}>
      {job.status === 'cancelled' ? <Ban aria-hidden /> : <Check aria-hidden />}
      {label}
    </Badge>
  )
}
