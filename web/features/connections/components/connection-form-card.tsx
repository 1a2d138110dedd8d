import type { TenantConnections, Vendor } from '@contract/connections'
import { VENDOR_LABELS } from '@contract/connections'
import { useQueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn, useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card'
import { FieldGroup } from '@/components/ui/field'
import { useFormMutation } from '@/lib/use-form-mutation'
import { connectionsQueryOptions } from '../api/connection-queries'
import { RemoveConnectionButton } from './remove-connection-button'
import { TestConnectionButton } from './test-connection-button'

/**
 * One vendor's connection as a card: its form, Save (with a reason), and Remove. The fields are
 * the vendor's own; everything around them is shared.
 */
export function ConnectionFormCard<T extends FieldValues & { reason?: string }>(props: {
  tenantId: string
  vendor: Vendor
  description: string
  configured: boolean
  /** zodResolver(the contract's request schema), made by the caller where the types are concrete. */
  resolver: Resolver<T>
  defaultValues: DefaultValues<T>
  fieldNames: ReadonlyArray<Path<T>>
  /** The write-only secret's field: emptied after a save, so it is not sent (and replaced) again. */
  secretField: Path<T>
  save: (values: T) => Promise<TenantConnections>
  children: (form: UseFormReturn<T>) => ReactNode
}) {
  const queryClient = useQueryClient()
  const form = useForm<T>({ resolver: props.resolver, defaultValues: props.defaultValues })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: props.fieldNames,
    mutationFn: props.save,
    onSuccess: (connections) => {
      queryClient.setQueryData(connectionsQueryOptions(props.tenantId).queryKey, connections)
      toast.success(`${VENDOR_LABELS[props.vendor]} connection saved.`)
      form.reset({ ...form.getValues(), [props.secretField]: undefined, reason: '' })
    },
  })
  const title = VENDOR_LABELS[props.vendor]

  return (
    <Card role="region" aria-labelledby={`${props.vendor}-connection-title`}>
      <CardHeader>
        <CardTitle>
          <h2 id={`${props.vendor}-connection-title`}>{title}</h2>
        </CardTitle>
        <CardDescription>{props.description}</CardDescription>
        <CardAction>{props.configured ? <Badge variant="success">Configured</Badge> : <Badge variant="outline">Not set up</Badge>}</CardAction>
      </CardHeader>
      <form noValidate aria-label={`${title} connection`} onSubmit={onSubmit}>
        <CardContent>
          <FieldGroup>
            <FormErrorAlert message={formError} />
            {props.children(form)}
            <ReasonField control={form.control} name={'reason' as Path<T>} id={`${props.vendor}-reason`} />
          </FieldGroup>
        </CardContent>
        <CardFooter className="mt-6 flex flex-wrap gap-2">
          <Button type="submit" disabled={isPending}>
            Save {props.vendor === 'identity' ? 'Identity' : props.vendor === 'sws' ? 'SWS' : 'SPS'} connection
          </Button>
          {props.configured && <RemoveConnectionButton tenantId={props.tenantId} vendor={props.vendor} />}
        </CardFooter>
      </form>
      {props.configured && (
        <CardFooter className="border-t pt-6">
          <TestConnectionButton tenantId={props.tenantId} vendor={props.vendor} />
        </CardFooter>
      )}
    </Card>
  )
}
