import { type CreateTenantRequest, createTenantRequestSchema } from '@contract/tenants'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { Plus } from 'lucide-react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { FormErrorAlert } from '@/components/form-error-alert'
import { TextField } from '@/components/form/text-field'
import { ReasonField } from '@/components/reason-field'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { FieldGroup } from '@/components/ui/field'
import { tenantsQueryOptions } from '@/lib/tenants'
import { useFormMutation } from '@/lib/use-form-mutation'
import { createTenant } from '../api/connection-queries'
import { DialogFormFooter } from '@/components/dialog-form-footer'

const EMPTY: CreateTenantRequest = { id: '', name: '', reason: '' }

export function NewTenantDialog() {
  const [open, setOpen] = useState(false)
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const form = useForm<CreateTenantRequest>({ resolver: zodResolver(createTenantRequestSchema), defaultValues: EMPTY })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['id', 'name', 'reason'],
    mutationFn: createTenant,
    onSuccess: async (tenant) => {
      await queryClient.invalidateQueries({ queryKey: tenantsQueryOptions().queryKey })
      toast.success(`Tenant ${tenant.name} created. Now connect its vendors.`)
      setOpen(false)
      form.reset(EMPTY)
      await navigate({ to: '/console/connections/$tenantId', params: { tenantId: tenant.id } })
    },
  })
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          New tenant
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>New tenant</DialogTitle>
          <DialogDescription>A named environment, such as “ACME prod”, with up to three vendor connections.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit}>
          <FieldGroup>
            <FormErrorAlert message={formError} />
            <TextField control={form.control} name="name" id="new-tenant-name" label="Name" placeholder="ACME prod" autoComplete="off" />
            <TextField control={form.control} name="id" id="new-tenant-id" label="Short id" placeholder="acme-prod" description="Appears in addresses (/t/acme-prod/…); cannot be changed later." autoComplete="off" spellCheck={false} />
            <ReasonField control={form.control} name="reason" id="new-tenant-reason" />
          </FieldGroup>
          <DialogFormFooter submitLabel="Create tenant" onCancel={() => setOpen(false)} pending={isPending} className="mt-6" />
        </form>
      </DialogContent>
    </Dialog>
  )
}
