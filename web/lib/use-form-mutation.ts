import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { applyServerErrors } from './form-errors'

/**
 * A form whose submit runs a mutation: server field errors land beside their fields, anything
 * else becomes the form-level message; `onSubmit` goes straight onto the <form>.
 */
export function useFormMutation<T extends FieldValues, R>(options: {
  form: UseFormReturn<T>
  fields: ReadonlyArray<Path<T>>
  mutationFn: (values: T) => Promise<R>
  onSuccess: (result: R) => unknown
}) {
  const [formError, setFormError] = useState<string | null>(null)
  const mutation = useMutation({
    mutationFn: options.mutationFn,
    onSuccess: options.onSuccess,
    onError: (error) => setFormError(applyServerErrors(error, options.form.setError, options.fields)),
  })
  const onSubmit = options.form.handleSubmit((values) => {
    setFormError(null)
    mutation.mutate(values)
  })
  return { onSubmit, formError, setFormError, isPending: mutation.isPending }
}
