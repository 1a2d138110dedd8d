import { addAttributeRequestSchema, type AddAttributeRequest, type AttributeSchema } from '@contract/identity-schema'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useForm, type Resolver } from 'react-hook-form'
import { toast } from 'sonner'
import type { z } from 'zod/mini'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { TextField } from '@/components/form/text-field'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { FieldGroup } from '@/components/ui/field'
import { useFormMutation } from '@/lib/use-form-mutation'
import { addAttribute, applySchemaChange, reloadSchema } from '../api/attribute-schema-queries'
import { AttributeDefinitionFields } from './attribute-definition-fields'

type AddAttributeForm = z.input<typeof addAttributeRequestSchema>

const schemaResolver = zodResolver(addAttributeRequestSchema) as Resolver<AddAttributeForm, unknown, AddAttributeRequest>

/** A name already in the schema (Identity matches names without case) is refused here, before anything is sent. */
function resolverKnowing(existing: readonly string[]): Resolver<AddAttributeForm, unknown, AddAttributeRequest> {
  const taken = new Map(existing.map((name) => [name.toLowerCase(), name]))
  return async (values, context, options) => {
    const result = await schemaResolver(values, context, options)
    const clash = taken.get(values.name.trim().toLowerCase())
    if (!clash || result.errors.name) return result
    return { values: {}, errors: { ...result.errors, name: { type: 'taken', message: `An attribute named ${clash} already exists; edit it instead.` } } }
  }
}

/** Adds one attribute to the tenant's schema; every existing attribute stays as it is. */
export function AddAttributeDialog(props: { tenant: string; schema: AttributeSchema; onClose: () => void }) {
  const { tenant } = props
  const queryClient = useQueryClient()
  const form = useForm<AddAttributeForm, unknown, AddAttributeRequest>({
    resolver: resolverKnowing(props.schema.columns.map((column) => column.name)),
    defaultValues: { name: '', title: null, description: null, type: 'Text', userEditable: false, reason: '' },
  })
  const { onSubmit, formError, isPending } = useFormMutation({
    form: form as never,
    fields: ['name', 'title', 'description', 'type', 'userEditable', 'reason'],
    mutationFn: async (values: AddAttributeRequest) => {
      try {
        return await addAttribute(tenant, values)
      } catch (error) {
        await reloadSchema(queryClient, tenant)
        throw error
      }
    },
    onSuccess: async (schema: AttributeSchema) => {
      await applySchemaChange(queryClient, tenant, schema)
      toast.success(`Attribute ${form.getValues('name').trim()} added.`)
      props.onClose()
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Add attribute</DialogTitle>
          <DialogDescription>A new extended attribute for every user of this tenant. The attributes already there stay as they are.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <FieldGroup>
            <FormErrorAlert message={formError} />
            <TextField
              control={form.control}
              name="name"
              id="add-attribute-name"
              label="Name"
              description="Letters, digits and _, starting with a letter or _. It cannot be changed later."
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
            />
            <AttributeDefinitionFields control={form.control} idPrefix="add-attribute" />
            <ReasonField control={form.control} name="reason" id="add-attribute-reason" />
            <DialogFormFooter submitLabel="Add attribute" onCancel={props.onClose} pending={isPending} />
          </FieldGroup>
        </form>
      </DialogContent>
    </Dialog>
  )
}
