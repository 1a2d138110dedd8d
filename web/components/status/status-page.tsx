import type { ReactNode } from 'react'

/** The frame shared by 404, 403 and error pages: a code, a title, what happened and what to do. */
export function StatusPage(props: { code: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex min-h-[60vh] items-center justify-center p-6">
      <div className="max-w-lg text-center">
        <p className="text-muted-foreground font-mono text-sm font-semibold tracking-widest">{props.code}</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{props.title}</h1>
        <div className="text-muted-foreground mt-3 text-sm leading-relaxed">{props.children}</div>
        {props.actions && <div className="mt-6 flex flex-wrap justify-center gap-2">{props.actions}</div>}
      </div>
    </div>
  )
}
