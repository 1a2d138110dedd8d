import { ORG_PRINCIPAL_TYPES, permissionGrantSchema, type IdentityOrganization, type IdentityOrganizationPermission, type OrgPrincipalType } from '@contract/identity-organizations'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { KeyRound, Trash2 } from 'lucide-react'
import { useId, useState } from 'react'
import { toast } from 'sonner'
import { Button } from '@/components/ui/button'
import { Field, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { changePermissions, organizationKey, permissionsQueryOptions } from '../api/organization-queries'
import { ChangeWithReasonDialog } from './change-with-reason-dialog'
import { SimpleList } from './simple-list'

type Open = { kind: 'grant' } | { kind: 'revoke'; permission: IdentityOrganizationPermission } | null

export function PermissionsPanel({ tenant, organization, canWrite }: { tenant: string; organization: IdentityOrganization; canWrite: boolean }) {
  const permissions = useQuery(permissionsQueryOptions(tenant, organization.id))
  const queryClient = useQueryClient()
  const [open, setOpen] = useState<Open>(null)
  const [draft, setDraft] = useState<{ right: string; principal: string; principalType: OrgPrincipalType }>({ right: '', principal: '', principalType: 'User' })
  const ids = { right: useId(), principal: useId(), type: useId() }
  const refresh = () => queryClient.invalidateQueries({ queryKey: organizationKey(tenant, organization.id) })
  const close = () => {
    setOpen(null)
    setDraft({ right: '', principal: '', principalType: 'User' })
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-muted-foreground text-sm">Rights on this organization, granted to users or roles.</p>
        {canWrite && (
          <Button onClick={() => setOpen({ kind: 'grant' })}>
            <KeyRound aria-hidden />
            Grant a right
          </Button>
        )}
      </div>
      <SimpleList
        label="Permissions"
        headings={canWrite ? ['Right', 'Granted to', 'Type', ''] : ['Right', 'Granted to', 'Type']}
        rows={permissions.data?.items}
        error={permissions.error}
        onRetry={() => void permissions.refetch()}
        empty="No rights granted."
        rowKey={(permission) => `${permission.right}:${permission.principal}`}
        cells={(permission) => [
          <span className="font-medium">{permission.right}</span>,
          permission.principal,
          permission.principalType,
          ...(canWrite
            ? [
                <Button variant="ghost" size="sm" onClick={() => setOpen({ kind: 'revoke', permission })} aria-label={`Revoke ${permission.right} from ${permission.principal}`}>
                  <Trash2 aria-hidden />
                  Revoke
                </Button>,
              ]
            : []),
        ]}
      />
      {open?.kind === 'grant' && (
        <ChangeWithReasonDialog
          title={`Grant a right on ${organization.name}`}
          description="Name the right as Identity names it, and the user (login name) or role it goes to."
          submitLabel="Grant"
          validate={() => {
            const parsed = permissionGrantSchema.safeParse(draft)
            return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Check the fields.')
          }}
          onSubmit={async (reason) => {
            await changePermissions(tenant, organization.id, { grant: [draft], reason })
            await refresh()
            toast.success(`${draft.right} granted to ${draft.principal}.`)
          }}
          onClose={close}
        >
          <Field>
            <FieldLabel htmlFor={ids.right}>Right</FieldLabel>
            <Input id={ids.right} value={draft.right} maxLength={64} onChange={(event) => setDraft({ ...draft, right: event.target.value })} placeholder="e.g. View" />
          </Field>
          <div className="grid gap-4 sm:grid-cols-[1fr_9rem]">
            <Field>
              <FieldLabel htmlFor={ids.principal}>Granted to</FieldLabel>
              <Input id={ids.principal} value={draft.principal} onChange={(event) => setDraft({ ...draft, principal: event.target.value })} placeholder="login name or role" />
            </Field>
            <Field>
              <FieldLabel htmlFor={ids.type}>Type</FieldLabel>
              <Select value={draft.principalType} onValueChange={(value) => setDraft({ ...draft, principalType: value as OrgPrincipalType })}>
                <SelectTrigger id={ids.type} className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {ORG_PRINCIPAL_TYPES.map((type) => (
                    <SelectItem key={type} value={type}>
                      {type}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </Field>
          </div>
        </ChangeWithReasonDialog>
      )}
      {open?.kind === 'revoke' && (
        <ChangeWithReasonDialog
          title={`Revoke ${open.permission.right} from ${open.permission.principal}?`}
          description={`The right on ${organization.name} is taken back.`}
          submitLabel="Revoke"
          destructive
          onSubmit={async (reason) => {
            await changePermissions(tenant, organization.id, { revoke: [{ right: open.permission.right, principal: open.permission.principal }], reason })
            await refresh()
            toast.success('Right revoked.')
          }}
          onClose={close}
        />
      )}
    </div>
  )
}
