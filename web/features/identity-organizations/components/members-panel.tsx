import type { IdentityOrganization, IdentityOrganizationMember } from '@contract/identity-organizations'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { UserMinus, UserPlus } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { changeMembers, membersQueryOptions, organizationKey } from '../api/organization-queries'
import { ChangeWithReasonDialog } from './change-with-reason-dialog'
import { SimpleList } from './simple-list'
import { UserPicker, type PickedUser } from './user-picker'

type Open = { kind: 'add' } | { kind: 'remove'; member: IdentityOrganizationMember } | null

export function MembersPanel({ tenant, organization, canWrite }: { tenant: string; organization: IdentityOrganization; canWrite: boolean }) {
  const members = useQuery(membersQueryOptions(tenant, organization.id))
  const queryClient = useQueryClient()
  const [open, setOpen] = useState<Open>(null)
  const [picked, setPicked] = useState<PickedUser[]>([])
  const refresh = () => queryClient.invalidateQueries({ queryKey: organizationKey(tenant, organization.id) })
  const close = () => {
    setOpen(null)
    setPicked([])
  }
  const current = new Set((members.data?.items ?? []).map((member) => member.id))

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-muted-foreground text-sm">A user belongs to one organization at a time: adding moves them here.</p>
        {canWrite && (
          <Button onClick={() => setOpen({ kind: 'add' })}>
            <UserPlus aria-hidden />
            Add members
          </Button>
        )}
      </div>
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
        <ChangeWithReasonDialog
          title={`Add members to ${organization.name}`}
          description="Find people in the directory and pick one or more."
          submitLabel={picked.length > 1 ? `Add ${picked.length} members` : 'Add member'}
          validate={() => (picked.length === 0 ? 'Pick at least one user.' : null)}
          onSubmit={async (reason) => {
            await changeMembers(tenant, organization.id, { add: picked.map((user) => user.id), reason })
            await refresh()
            toast.success(`${picked.length === 1 ? '1 member' : `${picked.length} members`} added to ${organization.name}.`)
          }}
          onClose={close}
        >
          <UserPicker tenant={tenant} label="Search the directory" picked={picked} onChange={setPicked} exclude={current} />
        </ChangeWithReasonDialog>
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
