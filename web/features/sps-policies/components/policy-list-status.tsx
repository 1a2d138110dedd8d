import type { ReactNode } from 'react'
import { DataTableError } from '@/components/data-table/data-table-error'
import { Skeleton } from '@/components/ui/skeleton'

/** What a policy list shows while it loads, when it failed, or when SPS holds none; else the table. */
export function PolicyListStatus(props: { loading: boolean; error: unknown; empty: boolean; what: string; onRetry: () => void; children: ReactNode }) {
  if (props.error) return <DataTableError error={props.error} onRetry={props.onRetry} />
  if (props.loading) {
    return (
      <div className="flex flex-col gap-2 rounded-lg border p-3" aria-busy="true" aria-label={`Loading ${props.what}`}>
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} className="h-8 w-full" />
        ))}
      </div>
    )
  }
  if (props.empty) return <p className="text-muted-foreground rounded-lg border p-6 text-center text-sm">SPS holds no {props.what}.</p>
  return props.children
}
