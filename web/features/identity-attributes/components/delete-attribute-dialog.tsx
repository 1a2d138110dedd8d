import { deleteAttributeFormSchema, type AttributeColumn, type AttributeSchema, type DeleteAttributeRequest } from '@contract/identity-schema'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { TriangleAlert } from 'lucide-react'
import { useMemo } from 'react'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { TextField } from '@/components/form/text-field'
import { ReasonField } from '@/components/reason-field'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { FieldGroup } from '@/components/ui/field'
import { useFormMutation } from '@/lib/use-form-mutation'
import { applySchemaChange, deleteAttribute, reloadSchema } from '../api/attribute-schema-queries'

/** Deletes one attribute on purpose: the name typed again, a reason, and the cost said plainly. */
export function DeleteAttributeDialog(props: { tenant: string; column: AttributeColumn; onClose: () => void }) {
  const { tenant, column } = props
  const queryClient = useQueryClient()
  const resolver = useMemo(() => zodResolver(deleteAttributeFormSchema(column.name)), [column.name])
  const form = useForm<DeleteAttributeRequest>({ resolver, defaultValues: { confirmName: '', reason: '' } })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['confirmName', 'reason'],
    mutationFn: async (values: DeleteAttributeRequest) => {
      try {
        return await deleteAttribute(tenant, column.name, values)
      } catch (error) {
        await reloadSchema(queryClient, tenant)
        throw error
      }
    },
    onSuccess: async (schema: AttributeSchema) => {
      await applySchemaChange(queryClient, tenant, schema)
      toast.success(`Attribute ${column.name} deleted.`)
      props.onClose()
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle className="break-all">Delete attribute {column.name}?</DialogTitle>
          <DialogDescription>Only this attribute goes; every other attribute stays as it is.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <FieldGroup>
            <FormErrorAlert message={formError} />
            <Alert variant="destructive">
              <TriangleAlert aria-hidden />
              <AlertDescription>
                Identity deletes the attribute and every user's value of it. The console keeps no copy and cannot bring them back; applications, provisioning and reports that
                read {column.name} stop seeing it.
              </AlertDescription>
            </Alert>
            <TextField
              control={form.control}
              name="confirmName"
              id="delete-attribute-confirm"
              label={`Type ${column.name} to confirm`}
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
            />
            <ReasonField control={form.control} name="reason" id="delete-attribute-reason" required />
            <DialogFormFooter submitLabel="Delete attribute" onCancel={props.onClose} pending={isPending} destructive />
          </FieldGroup>
        </form>
      </DialogContent>
    </Dialog>
  )
}
