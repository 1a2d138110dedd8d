import { CircleCheck, CircleSlash } from 'lucide-react'
import { Badge } from '@/components/ui/badge'

/** Activated or Deactivated in colour, with an icon and the word; any other vendor value as plain text. */
export function SwsUserStatusBadge({ status }: { status: string }) {
  if (status === 'Activated')
    return (
      <Badge variant="success">
        <CircleCheck aria-hidden />
        Activated
      </Badge>
    )
  if (status === 'Deactivated')
    return (
      <Badge variant="secondary">
        <CircleSlash aria-hidden />
        Deactivated
      </Badge>
    )
  return <Badge variant="outline">{status || 'Unknown'}</Badge>
}
