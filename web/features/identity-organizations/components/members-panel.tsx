import type { IdentityOrganization, IdentityOrganizationMember } from '@contract/identity-organizations'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { UserMinus, UserPlus } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { changeMembers, membersQueryOptions, organizationKey } from '../api/organization-queries'
import { AddUsersDialog } from './add-users-dialog'
import { ChangeWithReasonDialog } from './change-with-reason-dialog'
import { SimpleList } from './simple-list'
import { PanelIntro } from './panel-intro'

type Open = { kind: 'add' } | { kind: 'remove'; member: IdentityOrganizationMember } | null

export function MembersPanel({ tenant, organization, canWrite }: { tenant: string; organization: IdentityOrganization; canWrite: boolean }) {
  const members = useQuery(membersQueryOptions(tenant, organization.id))
  const queryClient = useQueryClient()
  const [open, setOpen] = useState<Open>(null)
  const refresh = () => queryClient.invalidateQueries({ queryKey: organizationKey(tenant, organization.id) })
  const close = () => setOpen(null)
  const current = new Set((members.data?.items ?? []).map((member) => member.id))

  return (
    <div className="space-y-3">
      <PanelIntro
        action={
          canWrite && (
            <Button onClick={() => setOpen({ kind: 'add' })}>
              <UserPlus aria-hidden />
              Add members
            </Button>
          )
        }
      >
        A user belongs to one organization at a time: adding moves them here.
      </PanelIntro>
      {members.data && !members.data.complete && (
        <Alert variant="warning">
          <AlertDescription>The directory is too large to list every member here; Identity offers no “members of” query. Members shown may be incomplete.</AlertDescription>
        </Alert>
      )}
      <SimpleList
        label="Members"
        headings={canWrite ? ['Name', 'Login name', 'E-mail', ''] : ['Name', 'Login name', 'E-mail']}
        rows={members.data?.items}
        error={members.error}
        onRetry={() => void members.refetch()}
        empty="No members yet."
        rowKey={(member) => member.id}
        cells={(member) => [
          <span className="font-medium">{member.displayName ?? '—'}</span>,
          member.username,
          member.email ?? '—',
          ...(canWrite
            ? [
                <Button variant="ghost" size="sm" onClick={() => setOpen({ kind: 'remove', member })} aria-label={`Remove ${member.username} from ${organization.name}`}>
                  <UserMinus aria-hidden />
                  Remove
                </Button>,
              ]
            : []),
        ]}
      />
      {open?.kind === 'add' && (
        <AddUsersDialog
          tenant={tenant}
          title={`Add members to ${organization.name}`}
          submitLabel={(count) => (count > 1 ? `Add ${count} members` : 'Add member')}
          exclude={current}
          onAdd={async (picked, reason) => {
            await changeMembers(tenant, organization.id, { add: picked.map((user) => user.id), reason })
            await refresh()
            toast.success(`${picked.length === 1 ? '1 member' : `${picked.length} members`} added to ${organization.name}.`)
          }}
          onClose={close}
        />
      )}
      {open?.kind === 'remove' && (
        <ChangeWithReasonDialog
          title={`Remove ${open.member.displayName ?? open.member.username}?`}
          description={`They leave ${organization.name} and belong to no organization.`}
          submitLabel="Remove member"
          destructive
          onSubmit={async (reason) => {
            await changeMembers(tenant, organization.id, { remove: [open.member.id], reason })
            await refresh()
            toast.success(`${open.member.username} removed from ${organization.name}.`)
          }}
          onClose={close}
        />
      )}
    </div>
  )
}
