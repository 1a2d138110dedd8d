import type { SpsConfigView } from '@contract/sps-config'
import { GitPullRequestDraft } from 'lucide-react'

/** Says whether the list includes the operator's own uncommitted changes (SPS shows them only to them). */
export function ConfigViewNote({ view }: { view: SpsConfigView | undefined }) {
  if (view !== 'with-pending-changes') return null
  return (
    <p className="text-muted-foreground mb-3 flex items-center gap-2 text-sm">
      <GitPullRequestDraft aria-hidden className="size-4" />
      Shown with your pending changes; others still see the committed configuration.
    </p>
  )
}
