import { changeAttributeRequestSchema, type AttributeColumn, type AttributeSchema, type ChangeAttributeRequest, type ExtDataType } from '@contract/identity-schema'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { TriangleAlert } from 'lucide-react'
import { useForm, useWatch, type Resolver } from 'react-hook-form'
import { toast } from 'sonner'
import type { z } from 'zod/mini'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Field, FieldDescription, FieldGroup, FieldLabel } from '@/components/ui/field'
import { useFormMutation } from '@/lib/use-form-mutation'
import { applySchemaChange, changeAttribute, reloadSchema } from '../api/attribute-schema-queries'
import { attributeTypeLabel } from '../attribute-types'
import { AttributeDefinitionFields } from './attribute-definition-fields'

type ChangeAttributeForm = z.input<typeof changeAttributeRequestSchema>

/**
 * Changes one attribute's title, description, type or user-editable flag. The BFF refuses (409)
 * if someone else changed the attribute since this dialog opened: `expected` is what it showed.
 */
export function EditAttributeDialog(props: { tenant: string; column: AttributeColumn; onClose: () => void }) {
  const { tenant, column } = props
  const queryClient = useQueryClient()
  const seen = { title: column.title, description: column.description, type: column.type, userEditable: column.userEditable }
  const form = useForm<ChangeAttributeForm, unknown, ChangeAttributeRequest>({
    resolver: zodResolver(changeAttributeRequestSchema) as Resolver<ChangeAttributeForm, unknown, ChangeAttributeRequest>,
    // An unknown type from Identity stays as it is; the type field then asks for one of ours.
    defaultValues: { ...seen, type: column.type as ExtDataType, expected: seen, reason: '' },
  })
  const type = useWatch({ control: form.control, name: 'type' })
  const typeChanged = type !== column.type
  const { onSubmit, formError, isPending } = useFormMutation({
    form: form as never,
    fields: ['title', 'description', 'type', 'userEditable', 'reason'],
    mutationFn: async (values: ChangeAttributeRequest) => {
      try {
        return await changeAttribute(tenant, column.name, values)
      } catch (error) {
        await reloadSchema(queryClient, tenant)
        throw error
      }
    },
    onSuccess: async (schema: AttributeSchema) => {
      await applySchemaChange(queryClient, tenant, schema)
      toast.success(`Attribute ${column.name} saved.`)
      props.onClose()
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle className="break-all">Edit attribute {column.name}</DialogTitle>
          <DialogDescription>Only this attribute changes; every other attribute stays as it is.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <FieldGroup>
            <FormErrorAlert message={formError} />
            <Field>
              <FieldLabel htmlFor="edit-attribute-name">Name</FieldLabel>
              <output id="edit-attribute-name" className="bg-muted rounded-md px-3 py-1.5 font-mono text-sm break-all" aria-describedby="edit-attribute-name-description">
                {column.name}
              </output>
              <FieldDescription id="edit-attribute-name-description">
                A name cannot change: Identity keeps each user's value under it. To rename, add a new attribute, copy the values, then delete this one.
              </FieldDescription>
            </Field>
            <AttributeDefinitionFields
              control={form.control}
              idPrefix="edit-attribute"
              afterType={
                typeChanged && (
                  <Alert variant="warning">
                    <TriangleAlert aria-hidden />
                    <AlertTitle>
                      Changing the type from {attributeTypeLabel(column.type)} to {attributeTypeLabel(type)} is risky
                    </AlertTitle>
                    <AlertDescription>
                      Identity does not convert the values users already hold. A value that does not fit the new type (text in a number, a number in a date…) reads as empty from then
                      on, here, in Identity and in every application that reads it; Identity does not document whether changing the type back restores it. Prefer adding a new
                      attribute. A reason is required.
                    </AlertDescription>
                  </Alert>
                )
              }
            />
            <ReasonField control={form.control} name="reason" id="edit-attribute-reason" required={typeChanged} />
            <DialogFormFooter submitLabel={typeChanged ? 'Change type and save' : 'Save'} onCancel={props.onClose} pending={isPending} destructive={typeChanged} />
          </FieldGroup>
        </form>
      </DialogContent>
    </Dialog>
  )
}
