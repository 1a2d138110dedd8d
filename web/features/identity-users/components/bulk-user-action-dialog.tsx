import { optionalReasonSchema, requiredReasonSchema } from '@contract/reason'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod/mini'
import { BulkOutcome } from '@/components/bulk/bulk-outcome'
import { runBulk, type BulkItem } from '@/components/bulk/bulk-run'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { ReasonField } from '@/components/reason-field'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { userActions, usersKey } from '../api/identity-user-queries'
import type { UserTarget } from './user-target'

export type BulkUserAction = 'unlock' | 'lock' | 'enable' | 'disable' | 'invite' | 'delete'

export const BULK_COPY: Record<BulkUserAction, { verb: string; body: string; destructive: boolean }> = {
  unlock: {
    verb: 'Unlock',
    body: 'Lifts the administrator lock and any lock-out by policy.',
    destructive: false,
  },
  lock: {
    verb: 'Lock',
    body: 'They cannot sign in until unlocked.',
    destructive: true,
  },
  enable: {
    verb: 'Enable',
    body: 'They can sign in again.',
    destructive: false,
  },
  disable: {
    verb: 'Disable',
    body: 'They cannot sign in until enabled again; accounts are kept.',
    destructive: true,
  },
  invite: {
    verb: 'Send invitation to',
    body: 'Each gets an invitation e-mail at the address on their profile.',
    destructive: false,
  },
  delete: {
    verb: 'Delete',
    body: 'They are removed from the directory. This cannot be undone.',
    destructive: true,
  },
}

const plural = (count: number) => `${count} user${count === 1 ? '' : 's'}`

/** A change to every selected user: confirmation naming the count, progress, then each user's result. */
export function BulkUserActionDialog(props: {
  tenant: string
  action: BulkUserAction
  users: UserTarget[]
  onClose: () => void
  onFinished: (failedIds: string[]) => void
}) {
  const copy = BULK_COPY[props.action]
  const queryClient = useQueryClient()
  // The users as selected when the dialog opened: the selection changes once the run ends.
  const [users] = useState(props.users)
  const [items, setItems] = useState<BulkItem[] | null>(null)
  const running = items !== null && items.some((item) => item.state === 'waiting' || item.state === 'running')
  const schema = z.object({
    reason: props.action === 'delete' ? requiredReasonSchema : optionalReasonSchema,
  })
  const form = useForm<{ reason: string | undefined }>({
    resolver: zodResolver(schema),
    defaultValues: { reason: '' },
  })

  const submit = form.handleSubmit(async ({ reason }) => {
    const actions = userActions(props.tenant)
    const why = reason || undefined
    const task = (id: string): Promise<unknown> => {
      switch (props.action) {
        case 'invite':
          return actions.invite(id, {
            channel: 'invitation-email',
            reason: why,
          })
        case 'delete':
          return actions.remove(id, reason ?? '')
        default:
          return actions[props.action](id, why)
      }
    }
    const result = await runBulk(
      users.map((user) => ({ id: user.id, label: user.username })),
      task,
      setItems,
      // Deletes go one at a time, so a re-authentication asked by the first covers the rest.
      props.action === 'delete' ? 1 : 3,
    )
    await queryClient.invalidateQueries({ queryKey: usersKey(props.tenant) })
    props.onFinished(result.filter((item) => item.state === 'failed').map((item) => item.id))
  })

  return (
    <Dialog open onOpenChange={(open) => !open && !running && props.onClose()}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>
            {copy.verb} {plural(users.length)}?
          </DialogTitle>
          <DialogDescription>{copy.body}</DialogDescription>
        </DialogHeader>
        {items ? (
          <div className="space-y-4">
            <BulkOutcome items={items} />
            <DialogFooter>
              <Button onClick={props.onClose} disabled={running}>
                {running ? 'Working…' : 'Done'}
              </Button>
            </DialogFooter>
          </div>
        ) : (
          <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
            <ul aria-label="Selected users" className="text-muted-foreground max-h-32 overflow-y-auto rounded-md border px-3 py-2 text-sm">
              {users.map((user) => (
                <li key={user.id} className="break-all">
                  {user.username}
                </li>
              ))}
            </ul>
            <ReasonField control={form.control} name="reason" required={props.action === 'delete'} id="bulk-reason" />
            <DialogFormFooter
              submitLabel={`${copy.verb} ${plural(users.length)}`}
              onCancel={props.onClose}
              pending={form.formState.isSubmitting}
              destructive={copy.destructive}
            />
          </form>
        )}
      </DialogContent>
    </Dialog>
  )
}
