import { type OperatorSummary, type UpdateGrantsRequest, updateGrantsRequestSchema } from '@contract/operators'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { FieldGroup } from '@/components/ui/field'
import { useFormMutation } from '@/lib/use-form-mutation'
import { OPERATORS_LIST_KEY, updateOperatorGrants } from '../api/operator-queries'
import { GrantsField } from './grants-editor'
import { DialogFormFooter } from '@/components/dialog-form-footer'

export function EditRolesDialog(props: { operator: OperatorSummary; onClose: () => void }) {
  const queryClient = useQueryClient()
  const form = useForm<UpdateGrantsRequest>({ resolver: zodResolver(updateGrantsRequestSchema), defaultValues: { grants: props.operator.grants, reason: '' } })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['grants', 'reason'],
    mutationFn: (values: UpdateGrantsRequest) => updateOperatorGrants(props.operator.id, values),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: OPERATORS_LIST_KEY })
      toast.success(`Roles of ${props.operator.username} updated.`)
      props.onClose()
    },
  })

  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Roles of {props.operator.username}</DialogTitle>
          <DialogDescription>Each role holds for one tenant or for all tenants. Changes apply to their next request.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit}>
          <FieldGroup>
            <FormErrorAlert message={formError} />
            <GrantsField control={form.control} name="grants" idPrefix="edit-roles" />
            <ReasonField control={form.control} name="reason" id="edit-roles-reason" />
          </FieldGroup>
          <DialogFormFooter submitLabel="Save roles" onCancel={props.onClose} pending={isPending} className="mt-6" />
        </form>
      </DialogContent>
    </Dialog>
  )
}
