import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form'
import { toast } from 'sonner'
import { applyServerErrors } from '@/lib/form-errors'
import { refreshSpsConfig, transactionQueryOptions } from '../api/sps-config-queries'

type ChangeValues = FieldValues & { commit?: boolean; reason?: string }

/**
 * A change form's submit: "Add to pending changes", or — when nothing else is pending — "Commit
 * now" after a confirmation. Server field errors land beside their fields.
 */
export function useSpsChangeForm<T extends ChangeValues, R extends { committed: boolean }>(options: {
  tenantId: string
  form: UseFormReturn<T>
  fields: ReadonlyArray<Path<T>>
  mutationFn: (values: T) => Promise<R>
  /** What the toast says was done, e.g. "Usergroup ops". */
  describe: (values: T) => string
  onDone: () => void
}) {
  const queryClient = useQueryClient()
  const transaction = useQuery(transactionQueryOptions(options.tenantId))
  const [formError, setFormError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const mutation = useMutation({
    mutationFn: options.mutationFn,
    onSuccess: async (result, values) => {
      await refreshSpsConfig(queryClient, options.tenantId)
      toast.success(result.committed ? `${options.describe(values)}: committed to SPS.` : `${options.describe(values)}: added to your pending changes.`)
      options.onDone()
    },
    onError: (error) => setFormError(applyServerErrors(error, options.form.setError, options.fields)),
  })
  const submit = options.form.handleSubmit((values) => {
    setFormError(null)
    setConfirming(false)
    mutation.mutate(values)
  })
  const setCommit = (commit: boolean) => options.form.setValue('commit' as Path<T>, commit as PathValue<T, Path<T>>)

  return {
    formError,
    setFormError,
    isPending: mutation.isPending,
    /** Nothing else is pending, so this change may go live on its own. */
    canCommitNow: transaction.data?.status !== 'open',
    confirming,
    stage: () => {
      setCommit(false)
      void submit()
    },
    askCommitNow: async () => {
      setCommit(true)
      if (await options.form.trigger()) setConfirming(true)
    },
    confirmCommitNow: () => void submit(),
    cancelCommitNow: () => {
      setConfirming(false)
      setCommit(false)
    },
  }
}
