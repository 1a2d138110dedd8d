import { identityUserActionSchema, type IdentityUserActionRequest, type IdentityUserSummary } from '@contract/identity-users'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { useFormMutation } from '@/lib/use-form-mutation'
import { applyUserChange, userActions } from '../api/identity-user-queries'
import type { UserTarget } from './user-target'

export type SimpleUserAction = 'unlock' | 'lock' | 'signOutEverywhere' | 'enable' | 'disable'

export const SIMPLE_ACTION_COPY: Record<
  SimpleUserAction,
  {
    title: string
    verb: string
    body: (name: string) => string
    done: (name: string) => string
    destructive: boolean
  }
> = {
  unlock: {
    title: 'Unlock',
    verb: 'Unlock',
    body: (name) => `Lifts the administrator lock and any lock-out by policy, so ${name} can sign in again.`,
    done: (name) => `${name} is unlocked.`,
    destructive: false,
  },
  lock: {
    title: 'Lock',
    verb: 'Lock',
    body: (name) => `${name} cannot sign in until unlocked.`,
    done: (name) => `${name} is locked.`,
    destructive: true,
  },
  signOutEverywhere: {
    title: 'Sign out everywhere',
    verb: 'Sign out everywhere',
    body: (name) => `Ends every session ${name} has, on every device; they must sign in again.`,
    done: (name) => `${name} is signed out everywhere.`,
    destructive: true,
  },
  enable: {
    title: 'Enable',
    verb: 'Enable',
    body: (name) => `${name} can sign in again.`,
    done: (name) => `${name} is enabled.`,
    destructive: false,
  },
  disable: {
    title: 'Disable',
    verb: 'Disable',
    body: (name) => `${name} cannot sign in until enabled again. Their account and data are kept.`,
    done: (name) => `${name} is disabled.`,
    destructive: true,
  },
}

/** Confirms one change to one user, with an optional reason for the audit log. */
export function SimpleUserActionDialog(props: {
  tenant: string
  user: UserTarget
  action: SimpleUserAction
  onClose: () => void
  onDone?: (user: IdentityUserSummary | null) => void
}) {
  const copy = SIMPLE_ACTION_COPY[props.action]
  const queryClient = useQueryClient()
  const form = useForm<IdentityUserActionRequest>({
    resolver: zodResolver(identityUserActionSchema),
    defaultValues: { reason: '' },
  })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['reason'],
    mutationFn: ({ reason }: IdentityUserActionRequest) => userActions(props.tenant)[props.action](props.user.id, reason || undefined),
    onSuccess: async ({ user }) => {
      toast.success(copy.done(props.user.username))
      props.onDone?.(user)
      props.onClose()
      await applyUserChange(queryClient, props.tenant, props.user.id, user)
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle className="break-all">
            {copy.title}: {props.user.username}
          </DialogTitle>
          <DialogDescription className="break-words">{copy.body(props.user.displayName)}</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <FormErrorAlert message={formError} />
          <ReasonField control={form.control} name="reason" id="user-action-reason" />
          <DialogFormFooter submitLabel={isPending ? `${copy.verb}…` : copy.verb} onCancel={props.onClose} pending={isPending} destructive={copy.destructive} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
