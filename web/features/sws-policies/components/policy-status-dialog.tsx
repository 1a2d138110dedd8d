import { optionalReasonSchema } from '@contract/reason'
import type { SwsPolicySummary } from '@contract/sws-policies'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { z } from 'zod/mini'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { useFormMutation } from '@/lib/use-form-mutation'
import { setSwsPolicyStatus, swsPoliciesKey } from '../api/sws-policy-queries'
import { statusChange } from '../policy-changes'
import { ChangeReview } from './change-review'

const reasonFormSchema = z.object({ reason: optionalReasonSchema })

/** Activate or deactivate a policy: the change shown as before → after, with a reason. */
export function PolicyStatusDialog(props: { tenant: string; policy: SwsPolicySummary; onClose: () => void }) {
  const { policy } = props
  const activate = !policy.active
  const queryClient = useQueryClient()
  const form = useForm<{ reason?: string }>({ resolver: zodResolver(reasonFormSchema), defaultValues: { reason: '' } })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['reason'],
    mutationFn: (values: { reason?: string }) => setSwsPolicyStatus(props.tenant, policy.id, { active: activate, reason: values.reason }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: swsPoliciesKey(props.tenant) })
      toast.success(`${policy.name} is ${activate ? 'active' : 'inactive'}.`)
      props.onClose()
    },
  })
  const title = `${activate ? 'Activate' : 'Deactivate'} policy`
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription className="break-words">
            {activate
              ? `Secure Web Sessions applies “${policy.name}” again to its application.`
              : `Secure Web Sessions stops applying “${policy.name}”: its security layers no longer protect the application’s sessions.`}
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <FormErrorAlert message={formError} />
          <ChangeReview rows={[statusChange(policy.active)]} />
          <ReasonField control={form.control} name="reason" id="policy-status-reason" />
          <DialogFormFooter submitLabel={activate ? 'Activate' : 'Deactivate'} onCancel={props.onClose} pending={isPending} destructive={!activate} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
