import { spsCommitRequestSchema, type SpsCommitRequest, type SpsTransactionState } from '@contract/sps-config'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { FormErrorAlert } from '@/components/form-error-alert'
import { Button } from '@/components/ui/button'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { Sheet, SheetContent, SheetDescription, SheetFooter, SheetHeader, SheetTitle } from '@/components/ui/sheet'
import { Textarea } from '@/components/ui/textarea'
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from '@/components/ui/alert-dialog'
import { applyServerErrors } from '@/lib/form-errors'
import { commitSpsChanges, discardSpsChanges, refreshSpsConfig } from '../api/sps-config-queries'
import { PendingChangeList } from './pending-change-list'

/** Review the diff, then commit with a message (the audit log's reason) or discard everything. */
export function PendingChangesSheet(props: { tenantId: string; state: SpsTransactionState; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { tenantId, state } = props
  const queryClient = useQueryClient()
  const [formError, setFormError] = useState<string | null>(null)
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  const form = useForm<SpsCommitRequest>({ resolver: zodResolver(spsCommitRequestSchema), defaultValues: { reason: '' } })
  const done = async (message: string) => {
    await refreshSpsConfig(queryClient, tenantId)
    toast.success(message)
    form.reset({ reason: '' })
    props.onOpenChange(false)
  }
  const commit = useMutation({
    mutationFn: (values: SpsCommitRequest) => commitSpsChanges(tenantId, values),
    onSuccess: () => done('Your changes are committed: SPS now uses them.'),
    onError: (error) => setFormError(applyServerErrors(error, form.setError, ['reason'])),
  })
  const discard = useMutation({
    mutationFn: () => discardSpsChanges(tenantId, {}),
    onSuccess: () => done('Your pending SPS changes were discarded; nothing of them reached SPS.'),
    onError: (error) => setFormError(error.message),
  })
  const submit = form.handleSubmit((values) => {
    setFormError(null)
    commit.mutate(values)
  })
  const busy = commit.isPending || discard.isPending
  const count = state.changes.length

  return (
    <Sheet open={props.open} onOpenChange={props.onOpenChange}>
      <SheetContent side="right" className="flex w-full flex-col gap-0 sm:max-w-lg">
        <SheetHeader>
          <SheetTitle>Pending SPS changes</SheetTitle>
          <SheetDescription>
            {count === 1 ? '1 change' : `${count} changes`} in your own SPS transaction. Nobody else sees them, and other administrators cannot change SPS configuration until you commit or discard.
          </SheetDescription>
        </SheetHeader>
        <div className="min-h-0 flex-1 overflow-y-auto px-4">
          {count === 0 ? <p className="text-muted-foreground text-sm">The transaction is open but holds no change yet.</p> : <PendingChangeList changes={state.changes} />}
        </div>
        <form noValidate onSubmit={(event) => void submit(event)} className="border-t">
          <SheetFooter className="gap-3">
            <FormErrorAlert message={formError} />
            <Controller
              name="reason"
              control={form.control}
              render={({ field, fieldState }) => (
                <Field data-invalid={fieldState.invalid}>
                  <FieldLabel htmlFor="sps-commit-message">Commit message</FieldLabel>
                  <Textarea {...field} id="sps-commit-message" rows={2} aria-invalid={fieldState.invalid} placeholder="e.g. CHG-1234 — why these changes are made" />
                  <FieldDescription>
                    {state.commitMessage === 'required'
                      ? 'SPS requires a commit message. It is sent to SPS and recorded as the reason in the audit log.'
                      : state.commitMessage === 'optional'
                        ? 'Sent to SPS as the commit message and recorded as the reason in the audit log.'
                        : 'Recorded as the reason in the audit log (this SPS version keeps no commit message).'}
                  </FieldDescription>
                  <FieldError errors={[fieldState.error]} />
                </Field>
              )}
            />
            <div className="flex flex-wrap justify-end gap-2">
              <Button type="button" variant="outline" disabled={busy} onClick={() => setConfirmDiscard(true)}>
                Discard all
              </Button>
              <Button type="submit" disabled={busy || count === 0}>
                Commit to SPS
              </Button>
            </div>
          </SheetFooter>
        </form>
        <AlertDialog open={confirmDiscard} onOpenChange={setConfirmDiscard}>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>Discard all pending SPS changes?</AlertDialogTitle>
              <AlertDialogDescription>SPS rolls back your transaction: none of these changes reach the appliance, and the configuration lock is released.</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>Keep them</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={() => discard.mutate()}>
                Discard all
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </SheetContent>
    </Sheet>
  )
}
