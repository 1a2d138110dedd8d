import type { IdentityOrganization, IdentityOrganizationAdministrator } from '@contract/identity-organizations'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { ShieldMinus, ShieldPlus } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { Button } from '@/components/ui/button'
import { administratorsQueryOptions, changeAdministrators, organizationKey } from '../api/organization-queries'
import { ChangeWithReasonDialog } from './change-with-reason-dialog'
import { SimpleList } from './simple-list'
import { UserPicker, type PickedUser } from './user-picker'

type Open = { kind: 'grant' } | { kind: 'revoke'; administrator: IdentityOrganizationAdministrator } | null

export function AdministratorsPanel({ tenant, organization, canWrite }: { tenant: string; organization: IdentityOrganization; canWrite: boolean }) {
  const administrators = useQuery(administratorsQueryOptions(tenant, organization.id))
  const queryClient = useQueryClient()
  const [open, setOpen] = useState<Open>(null)
  const [picked, setPicked] = useState<PickedUser[]>([])
  const refresh = () => queryClient.invalidateQueries({ queryKey: organizationKey(tenant, organization.id) })
  const close = () => {
    setOpen(null)
    setPicked([])
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-muted-foreground text-sm">Administrators manage this organization in Identity.</p>
        {canWrite && (
          <Button onClick={() => setOpen({ kind: 'grant' })}>
            <ShieldPlus aria-hidden />
            Add administrators
          </Button>
        )}
      </div>
      <SimpleList
        label="Administrators"
        headings={canWrite ? ['Name', 'Login name', 'Type', ''] : ['Name', 'Login name', 'Type']}
        rows={administrators.data?.items}
        error={administrators.error}
        onRetry={() => void administrators.refetch()}
        empty="No administrators."
        rowKey={(administrator) => administrator.id}
        cells={(administrator) => [
          <span className="font-medium">{administrator.displayName ?? '—'}</span>,
          administrator.username,
          administrator.type,
          ...(canWrite
            ? [
                <Button variant="ghost" size="sm" onClick={() => setOpen({ kind: 'revoke', administrator })} aria-label={`Revoke ${administrator.username}`}>
                  <ShieldMinus aria-hidden />
                  Revoke
                </Button>,
              ]
            : []),
        ]}
      />
      {open?.kind === 'grant' && (
        <ChangeWithReasonDialog
          title={`Add administrators of ${organization.name}`}
          description="Find people in the directory and pick one or more."
          submitLabel="Grant"
          validate={() => (picked.length === 0 ? 'Pick at least one user.' : null)}
          onSubmit={async (reason) => {
            await changeAdministrators(tenant, organization.id, { grant: picked.map((user) => user.id), reason })
            await refresh()
            toast.success('Administrators added.')
          }}
          onClose={close}
        >
          <UserPicker
            tenant={tenant}
            label="Search the directory"
            picked={picked}
            onChange={setPicked}
            exclude={new Set((administrators.data?.items ?? []).map((administrator) => administrator.id))}
          />
        </ChangeWithReasonDialog>
      )}
      {open?.kind === 'revoke' && (
        <ChangeWithReasonDialog
          title={`Revoke ${open.administrator.username}?`}
          description={`They no longer administer ${organization.name}.`}
          submitLabel="Revoke"
          destructive
          onSubmit={async (reason) => {
            await changeAdministrators(tenant, organization.id, { revoke: [open.administrator.id], reason })
            await refresh()
            toast.success(`${open.administrator.username} no longer administers ${organization.name}.`)
          }}
          onClose={close}
        />
      )}
    </div>
  )
}
