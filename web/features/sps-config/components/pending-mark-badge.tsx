import type { SpsPendingMark } from '@contract/sps-config'
import { Badge } from '@/components/ui/badge'

/** Marks a row your pending SPS changes created or changed (not yet committed). */
export function PendingMarkBadge({ mark }: { mark: SpsPendingMark }) {
  if (!mark) return null
  return (
    <Badge variant="warning" title="In your pending changes; not yet committed to SPS">
      {mark === 'created' ? 'new · pending' : 'changed · pending'}
    </Badge>
  )
}
