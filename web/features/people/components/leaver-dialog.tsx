import { zodResolver } from '@hookform/resolvers/zod'
import { IDENTITY_LEAVER_ACTIONS, leaverRetryRequestSchema, type IdentityLeaverAction, type LeaverRun } from '@contract/people'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { CheckCircle2 } from 'lucide-react'
import { useId, useState } from 'react'
import { useForm } from 'react-hook-form'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Label } from '@/components/ui/label'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { Skeleton } from '@/components/ui/skeleton'
import { useFormMutation } from '@/lib/use-form-mutation'
import { leaverPlanQueryOptions, personKey, retryLeaver, runLeaver } from '../api/people-queries'
import { LeaverStepList } from './leaver-step-list'

const ACTION_LABELS: Record<IdentityLeaverAction, string> = { disable: 'Disable the account', lock: 'Lock the account only' }

/**
 * The leaver workflow: the plan first (nothing has changed yet), a required reason, then one run
 * whose steps report done or failed; failed steps can be retried without repeating the rest.
 */
export function LeaverDialog(props: { tenant: string; userId: string; displayName: string; onClose: () => void }) {
  const queryClient = useQueryClient()
  const ids = { action: useId(), reason: useId() }
  const [identityAction, setIdentityAction] = useState<IdentityLeaverAction>('disable')
  const [run, setRun] = useState<LeaverRun | null>(null)
  const plan = useQuery({ ...leaverPlanQueryOptions(props.tenant, props.userId, identityAction), enabled: run === null })
  const form = useForm<{ reason: string }>({ resolver: zodResolver(leaverRetryRequestSchema), defaultValues: { reason: '' } })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['reason'],
    mutationFn: ({ reason }) =>
      run ? retryLeaver(props.tenant, props.userId, run.runId, { reason }) : runLeaver(props.tenant, props.userId, { reason, identityAction }),
    onSuccess: (result) => {
      setRun(result)
      // Every screen showing this person (and the vendors' lists) must read the new state.
      void queryClient.invalidateQueries({ queryKey: [props.tenant] })
      void queryClient.invalidateQueries({ queryKey: personKey(props.tenant, props.userId) })
    },
  })

  const steps = run?.steps ?? plan.data?.steps
  const runnable = steps?.some((step) => step.state === 'planned' || step.state === 'failed' || step.state === 'blocked') ?? false

  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Leaver: {props.displayName}</DialogTitle>
          <DialogDescription>
            {run ? `Run ${run.attempt === 1 ? 'finished' : `retry ${run.attempt - 1} finished`}; each step says what happened.` : 'Review what will change. Nothing has changed yet.'}
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-4">
          {!run && (
            <div className="flex flex-col gap-1.5 sm:w-64">
              <Label htmlFor={ids.action}>Identity account</Label>
              <Select value={identityAction} onValueChange={(value) => setIdentityAction(value as IdentityLeaverAction)}>
                <SelectTrigger id={ids.action} className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {IDENTITY_LEAVER_ACTIONS.map((action) => (
                    <SelectItem key={action} value={action}>
                      {ACTION_LABELS[action]}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
          )}
          {plan.isError && !run && <FormErrorAlert message={plan.error.message} />}
          {steps ? (
            <LeaverStepList steps={steps} running={isPending} />
          ) : (
            !plan.isError && (
              <div className="space-y-2" aria-label="Loading the plan">
                <Skeleton className="h-14" />
                <Skeleton className="h-14" />
                <Skeleton className="h-14" />
              </div>
            )
          )}
          {run?.complete && (
            <Alert variant="success">
              <CheckCircle2 aria-hidden />
              <AlertTitle>Every step is done</AlertTitle>
              <AlertDescription>The run is in the audit log with each step’s outcome.</AlertDescription>
            </Alert>
          )}
          <FormErrorAlert message={formError} />
          {runnable && <ReasonField control={form.control} name="reason" required id={ids.reason} />}
          <p className="text-muted-foreground text-xs">Joiner and mover workflows are not in the console yet; this one only takes access away.</p>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={props.onClose}>
              {run ? 'Close' : 'Cancel'}
            </Button>
            {runnable && (
              <Button type="submit" variant="destructive" disabled={isPending || !steps}>
                {run ? 'Retry the steps that did not run' : 'Run the leaver workflow'}
              </Button>
            )}
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
