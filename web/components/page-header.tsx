import type { ReactNode } from 'react'
import { useDocumentTitle } from '@/lib/use-document-title'

export function PageHeader(props: { area?: string; title: string; description?: ReactNode; actions?: ReactNode }) {
  useDocumentTitle(props.area ? `${props.title} · ${props.area}` : props.title)
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {props.area && <p className="text-muted-foreground text-sm font-medium">{props.area}</p>}
        <h1 className="text-2xl font-semibold tracking-tight">{props.title}</h1>
        {props.description && <p className="text-muted-foreground mt-1 max-w-3xl text-sm">{props.description}</p>}
      </div>
      {props.actions && <div className="flex flex-wrap gap-2">{props.actions}</div>}
    </div>
  )
}
