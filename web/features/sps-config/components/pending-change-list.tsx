import type { SpsChange } from '@contract/sps-config'
import { Badge } from '@/components/ui/badge'

const KIND_LABELS: Record<SpsChange['kind'], string> = { usergroup: 'Usergroup', 'local-user': 'Local user', password: 'Password object', other: 'Configuration' }
const TYPE_LABELS: Record<SpsChange['type'], { label: string; variant: 'success' | 'warning' | 'destructive' | 'secondary' }> = {
  create: { label: 'created', variant: 'success' },
  replace: { label: 'changed', variant: 'warning' },
  delete: { label: 'deleted', variant: 'destructive' },
  reorder: { label: 'reordered', variant: 'secondary' },
}

const shown = (value: string | null) => (value === null ? '—' : value === '' ? '(none)' : value)

/** SPS's changelog of the operator's transaction, field by field; passwords only as set/changed. */
export function PendingChangeList({ changes }: { changes: SpsChange[] }) {
  return (
    <ol className="space-y-3" aria-label="Pending changes">
      {changes.map((change, index) => {
        const type = TYPE_LABELS[change.type]
        return (
          <li key={`${change.path}-${index}`} className="rounded-md border p-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-sm font-medium">{KIND_LABELS[change.kind]}</span>
              {change.name !== null && <span className="min-w-0 text-sm break-words">{change.name}</span>}
              <Badge variant={type.variant}>{type.label}</Badge>
            </div>
            {change.kind === 'password' && <p className="text-muted-foreground mt-1 text-xs">A new password; its value is never shown.</p>}
            {change.kind === 'other' && <p className="text-muted-foreground mt-1 text-xs break-all">{change.path}</p>}
            {change.fields.length > 0 && (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
                {change.fields.map((field) => (
                  <div key={field.field} className="contents">
                    <dt className="text-muted-foreground font-medium">{field.field}</dt>
                    <dd className="min-w-0 break-words">
                      {change.type === 'create' ? (
                        shown(field.after)
                      ) : change.type === 'delete' ? (
                        <del>{shown(field.before)}</del>
                      ) : (
                        <>
                          <del className="text-muted-foreground">{shown(field.before)}</del>
                          <span aria-hidden> → </span>
                          <span className="sr-only"> becomes </span>
                          <ins className="no-underline">{shown(field.after)}</ins>
                        </>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        )
      })}
    </ol>
  )
}
