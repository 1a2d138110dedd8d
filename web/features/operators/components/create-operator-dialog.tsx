import { type CreateOperatorRequest, createOperatorRequestSchema } from '@contract/operators'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { Plus, WandSparkles } from 'lucide-react'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { Field, FieldDescription, FieldError, FieldGroup, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { useFormMutation } from '@/lib/use-form-mutation'
import { createOperator, OPERATORS_LIST_KEY } from '../api/operator-queries'
import { GrantsField } from './grants-editor'
import { DialogFormFooter } from '@/components/dialog-form-footer'

const EMPTY: CreateOperatorRequest = { username: '', displayName: '', password: '', grants: [], reason: '' }

function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18))
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '').slice(0, 20)
}

export function CreateOperatorDialog() {
  const [open, setOpen] = useState(false)
  const queryClient = useQueryClient()
  const form = useForm<CreateOperatorRequest>({ resolver: zodResolver(createOperatorRequestSchema), defaultValues: EMPTY })
  const { onSubmit, formError, setFormError, isPending } = useFormMutation({
    form,
    fields: ['username', 'displayName', 'password', 'grants', 'reason'],
    mutationFn: createOperator,
    onSuccess: async (operator) => {
      await queryClient.invalidateQueries({ queryKey: OPERATORS_LIST_KEY })
      toast.success(`Operator ${operator.username} created.`)
      setOpen(false)
      form.reset(EMPTY)
    },
  })
  const text = (name: 'username' | 'displayName', label: string, extra: Record<string, unknown> = {}) => (
    <Controller
      name={name}
      control={form.control}
      render={({ field, fieldState }) => (
        <Field data-invalid={fieldState.invalid}>
          <FieldLabel htmlFor={`new-operator-${name}`}>{label}</FieldLabel>
          <Input {...field} id={`new-operator-${name}`} aria-invalid={fieldState.invalid} {...extra} />
          <FieldError errors={[fieldState.error]} />
        </Field>
      )}
    />
  )

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) {
          form.reset(EMPTY)
          setFormError(null)
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          New operator
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>New operator</DialogTitle>
          <DialogDescription>Someone who signs in to this console. Give them only the roles and tenants they need.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit}>
          <FieldGroup>
            <FormErrorAlert message={formError} />
            {text('username', 'Username', { autoComplete: 'off', spellCheck: false, autoCapitalize: 'none' })}
            {text('displayName', 'Display name', { autoComplete: 'off' })}
            <Controller
              name="password"
              control={form.control}
              render={({ field, fieldState }) => (
                <Field data-invalid={fieldState.invalid}>
                  <FieldLabel htmlFor="new-operator-password">Initial password</FieldLabel>
                  <div className="flex gap-2">
                    <Input {...field} id="new-operator-password" type="text" autoComplete="new-password" spellCheck={false} aria-invalid={fieldState.invalid} className="font-mono" />
                    <Button type="button" variant="outline" onClick={() => form.setValue('password', randomPassword(), { shouldValidate: true })}>
                      <WandSparkles aria-hidden />
                      Generate
                    </Button>
                  </div>
                  <FieldDescription>At least 12 characters. Pass it on privately; it is not shown again.</FieldDescription>
                  <FieldError errors={[fieldState.error]} />
                </Field>
              )}
            />
            <GrantsField control={form.control} name="grants" idPrefix="new-operator" />
            <ReasonField control={form.control} name="reason" id="new-operator-reason" />
          </FieldGroup>
          <DialogFormFooter submitLabel="Create operator" onCancel={() => setOpen(false)} pending={isPending} className="mt-6" />
        </form>
      </DialogContent>
    </Dialog>
  )
}
