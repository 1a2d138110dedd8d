import { useId, useState, type ReactNode } from 'react'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { Textarea } from '@/components/ui/textarea'

/**
 * A change that takes an optional reason (for the audit log), with its own fields as children.
 * `validate` answers a problem to show instead of sending.
 */
export function ChangeWithReasonDialog(props: {
  title: string
  description: ReactNode
  submitLabel: string
  destructive?: boolean
  children?: ReactNode
  validate?: () => string | null
  onSubmit: (reason: string) => Promise<unknown>
  onClose: () => void
}) {
  const reasonId = useId()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const tooLong = reason.length > 500
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogDescription>{props.description}</DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault()
            const problem = props.validate?.() ?? null
            if (problem || tooLong) return setError(problem)
            setError(null)
            setPending(true)
            props
              .onSubmit(reason.trim())
              .then(() => props.onClose())
              .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : 'That did not work. Try again.'))
              .finally(() => setPending(false))
          }}
        >
          <FormErrorAlert message={error} />
          {props.children}
          <Field data-invalid={tooLong}>
            <FieldLabel htmlFor={reasonId}>Reason or ticket (optional)</FieldLabel>
            <Textarea id={reasonId} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} aria-invalid={tooLong} placeholder="e.g. CHG-1234 — why this change is made" />
            <FieldDescription>Recorded in the audit log with the change.</FieldDescription>
            {tooLong && <FieldError>At most 500 characters</FieldError>}
          </Field>
          <DialogFormFooter submitLabel={props.submitLabel} onCancel={props.onClose} pending={pending} destructive={props.destructive} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
