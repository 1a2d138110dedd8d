import { zodResolver } from '@hookform/resolvers/zod'
import { removeRequestSchema } from '@contract/connections'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { DialogFormFooter } from '@/components/dialog-form-footer'

/** A destructive confirmation that cannot go ahead without a reason; the reason goes to the audit log. */
export function ConfirmWithReasonDialog(props: {
  title: string
  description: string
  confirmLabel: string
  onConfirm: (reason: string) => Promise<unknown>
  onClose: () => void
}) {
  const [error, setError] = useState<string | null>(null)
  const form = useForm<{ reason: string }>({ resolver: zodResolver(removeRequestSchema), defaultValues: { reason: '' } })
  const submit = form.handleSubmit(async ({ reason }) => {
    setError(null)
    try {
      await props.onConfirm(reason)
      props.onClose()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'That did not work. Try again.')
    }
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogDescription>{props.description}</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
          <FormErrorAlert message={error} />
          <ReasonField control={form.control} name="reason" required id="confirm-reason" />
          <DialogFormFooter submitLabel={props.confirmLabel} onCancel={props.onClose} pending={form.formState.isSubmitting} destructive />
        </form>
      </DialogContent>
    </Dialog>
  )
}
