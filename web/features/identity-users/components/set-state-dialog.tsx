import { IDENTITY_STATE_FLAGS, setStateSchema, type IdentityUserDetail, type SetStateRequest } from '@contract/identity-users'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { Controller, useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Checkbox } from '@/components/ui/checkbox'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Label } from '@/components/ui/label'
import { useFormMutation } from '@/lib/use-form-mutation'
import { applyUserChange, userActions } from '../api/identity-user-queries'

const HELP: Record<string, string> = {
  Locked: 'Cannot sign in until unlocked.',
  Disabled: 'Suspended: cannot sign in until enabled.',
  Expired: 'The account has expired.',
}

/** SetUserState: none, or any of Locked, Disabled, Expired. */
export function SetStateDialog(props: { tenant: string; user: IdentityUserDetail; onClose: () => void }) {
  const queryClient = useQueryClient()
  // The administrator cloud lock shows as Locked too; SetUserState does not lift it.
  const current = props.user.stateFlags.filter((flag) => flag !== 'Locked' || !props.user.cloudLocked) as SetStateRequest['flags']
  const form = useForm<SetStateRequest>({
    resolver: zodResolver(setStateSchema),
    defaultValues: { flags: current, reason: '' },
  })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['flags', 'reason'],
    mutationFn: (values: SetStateRequest) => userActions(props.tenant).setState(props.user.id, values),
    onSuccess: async ({ user }) => {
      toast.success(`${props.user.username}'s state was set.`)
      props.onClose()
      await applyUserChange(queryClient, props.tenant, props.user.id, user)
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle className="break-all">Set state: {props.user.username}</DialogTitle>
          <DialogDescription>
            None checked makes the account active.
            {props.user.cloudLocked ? ' The administrator lock stays until unlocked.' : ''}
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <FormErrorAlert message={formError} />
          <Controller
            control={form.control}
            name="flags"
            render={({ field }) => (
              <fieldset className="space-y-3">
                <legend className="sr-only">State flags</legend>
                {IDENTITY_STATE_FLAGS.map((flag) => (
                  <div key={flag} className="flex items-start gap-3">
                    <Checkbox
                      id={`state-${flag}`}
                      checked={field.value.includes(flag)}
                      onCheckedChange={(checked) => field.onChange(checked === true ? [...field.value, flag] : field.value.filter((value) => value !== flag))}
                    />
                    <div>
                      <Label htmlFor={`state-${flag}`}>{flag}</Label>
                      <p className="text-muted-foreground text-sm">{HELP[flag]}</p>
                    </div>
                  </div>
                ))}
              </fieldset>
            )}
          />
          <ReasonField control={form.control} name="reason" id="set-state-reason" />
          <DialogFormFooter submitLabel={isPending ? 'Saving…' : 'Set state'} onCancel={props.onClose} pending={isPending} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
