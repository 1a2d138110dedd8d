import type { ReactNode } from 'react'
import { Label } from '@/components/ui/label'
import { cn } from '@/lib/utils'

/** One labelled control in a list screen's filter grid. */
export function FilterField(props: { id: string; label: string; className?: string; children: ReactNode }) {
  return (
    <div className={cn('flex min-w-0 flex-col gap-1.5', props.className)}>
      <Label htmlFor={props.id} className="text-muted-foreground text-xs font-medium">
        {props.label}
      </Label>
      {props.children}
    </div>
  )
}
