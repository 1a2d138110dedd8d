import { organizationFormSchema, type IdentityOrganization, type OrganizationFormValues, type OrganizationRequest } from '@contract/identity-organizations'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { TextField } from '@/components/form/text-field'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { FieldGroup } from '@/components/ui/field'
import { useFormMutation } from '@/lib/use-form-mutation'
import { createOrganization, organizationsKey, updateOrganization } from '../api/organization-queries'

/** Create an organization, or edit one's name and description (`organization` given). */
export function OrganizationFormDialog(props: { tenant: string; organization?: IdentityOrganization; onClose: () => void; onSaved?: (organization: IdentityOrganization) => void }) {
  const { tenant, organization } = props
  const queryClient = useQueryClient()
  const form = useForm<OrganizationFormValues, unknown, OrganizationRequest>({
    resolver: zodResolver(organizationFormSchema),
    defaultValues: { name: organization?.name ?? '', description: organization?.description ?? '', reason: '' },
  })
  const { onSubmit, formError, isPending } = useFormMutation({
    form: form as never,
    fields: ['name', 'description', 'reason'],
    mutationFn: (values: OrganizationRequest) => (organization ? updateOrganization(tenant, organization.id, values) : createOrganization(tenant, values)),
    onSuccess: async (saved: IdentityOrganization) => {
      await queryClient.invalidateQueries({ queryKey: organizationsKey(tenant) })
      toast.success(organization ? `Organization ${saved.name} saved.` : `Organization ${saved.name} created.`)
      props.onSaved?.(saved)
      props.onClose()
    },
  })
  const id = organization ? 'edit-org' : 'new-org'
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{organization ? 'Edit organization' : 'New organization'}</DialogTitle>
          <DialogDescription>{organization ? 'A new name shows at once for every member.' : 'An Identity organization; add members once it exists.'}</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <FieldGroup>
            <FormErrorAlert message={formError} />
            <TextField control={form.control} name="name" id={`${id}-name`} label="Name" autoComplete="off" />
            <TextField control={form.control} name="description" id={`${id}-description`} label="Description (optional)" autoComplete="off" />
            <ReasonField control={form.control} name="reason" id={`${id}-reason`} />
            <DialogFormFooter submitLabel={organization ? 'Save' : 'Create organization'} onCancel={props.onClose} pending={isPending} />
          </FieldGroup>
        </form>
      </DialogContent>
    </Dialog>
  )
}
