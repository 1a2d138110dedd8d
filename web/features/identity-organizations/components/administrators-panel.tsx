import type { IdentityOrganization, IdentityOrganizationAdministrator } from '@contract/identity-organizations'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { ShieldMinus, ShieldPlus } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { Button } from '@/components/ui/button'
import { administratorsQueryOptions, changeAdministrators, organizationKey } from '../api/organization-queries'
import { AddUsersDialog } from './add-users-dialog'
import { ChangeWithReasonDialog } from './change-with-reason-dialog'
import { SimpleList } from './simple-list'
import { PanelIntro } from './panel-intro'

type Open = { kind: 'grant' } | { kind: 'revoke'; administrator: IdentityOrganizationAdministrator } | null

export function AdministratorsPanel({ tenant, organization, canWrite }: { tenant: string; organization: IdentityOrganization; canWrite: boolean }) {
  const administrators = useQuery(administratorsQueryOptions(tenant, organization.id))
  const queryClient = useQueryClient()
  const [open, setOpen] = useState<Open>(null)
  const refresh = () => queryClient.invalidateQueries({ queryKey: organizationKey(tenant, organization.id) })
  const close = () => setOpen(null)
  return (
    <div className="space-y-3">
      <PanelIntro
        action={
          canWrite && (
            <Button onClick={() => setOpen({ kind: 'grant' })}>
              <ShieldPlus aria-hidden />
              Add administrators
            </Button>
          )
        }
      >
        Administrators manage this organization in Identity.
      </PanelIntro>
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
        <AddUsersDialog
          tenant={tenant}
          title={`Add administrators of ${organization.name}`}
          submitLabel={() => 'Grant'}
          exclude={new Set((administrators.data?.items ?? []).map((administrator) => administrator.id))}
          onAdd={async (picked, reason) => {
            await changeAdministrators(tenant, organization.id, { grant: picked.map((user) => user.id), reason })
            await refresh()
            toast.success('Administrators added.')
          }}
          onClose={close}
        />
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
