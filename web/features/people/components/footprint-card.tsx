import type { FootprintSection, FootprintState } from '@contract/people'
import type { ReactNode } from 'react'
import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'

const STATE_BADGES: Record<FootprintState, { label: string; variant: 'success' | 'secondary' | 'outline' | 'warning' | 'destructive' }> = {
  found: { label: 'Matched', variant: 'success' },
  none: { label: 'No match', variant: 'secondary' },
  'not-connected': { label: 'Not connected', variant: 'outline' },
  forbidden: { label: 'Not for your role', variant: 'outline' },
  failed: { label: 'Could not look', variant: 'destructive' },
}

/** One vendor's part of a person: what matched, on which rule, or why nothing is shown. */
export function FootprintCard<T>(props: { title: string; vendor: string; section: FootprintSection<T>; children: (items: T[]) => ReactNode }) {
  const badge = STATE_BADGES[props.section.state]
  return (
    <Card className="gap-3">
      <CardHeader>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle>
            <h2 className="text-base font-semibold">{props.title}</h2>
          </CardTitle>
          <Badge variant={badge.variant}>{badge.label}</Badge>
        </div>
        <CardDescription>
          {props.vendor} · <span className="italic">Matched on:</span> {props.section.matchedOn}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {props.section.state === 'found' ? props.children(props.section.items) : <p className="text-muted-foreground text-sm">{props.section.message}</p>}
      </CardContent>
    </Card>
  )
}
