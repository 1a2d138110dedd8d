import type { ReactNode } from 'react'

/** What an organization tab lists, with its add button beside it. */
export function PanelIntro({ children, action }: { children: ReactNode; action: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-muted-foreground text-sm">{children}</p>
      {action}
    </div>
  )
}
