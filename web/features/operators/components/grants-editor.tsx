import type { RoleGrant } from '@contract/roles'
import { ROLE_LABELS, ROLES, type Role } from '@contract/roles'
import type { TenantSummary } from '@contract/tenants'
import { useQuery } from '@tanstack/react-query'
import { Plus, Trash2 } from 'lucide-react'
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form'
import { Button } from '@/components/ui/button'
import { FieldError, FieldLegend, FieldSet } from '@/components/ui/field'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { tenantsQueryOptions } from '@/lib/tenants'

const ALL_TENANTS = '*'

/** Roles as rows of role × scope (one tenant, or all tenants). */
export function GrantsEditor(props: { value: RoleGrant[]; onChange: (grants: RoleGrant[]) => void; tenants: TenantSummary[]; error?: string; idPrefix: string }) {
  const update = (index: number, change: Partial<RoleGrant>) =>
    props.onChange(props.value.map((grant, at) => (at === index ? { ...grant, ...change } : grant)))
  return (
    <FieldSet>
      <FieldLegend variant="label">Roles</FieldLegend>
      {props.value.length === 0 && <p className="text-muted-foreground text-sm">No role: this operator can sign in but sees nothing.</p>}
      <ul className="space-y-2">
        {props.value.map((grant, index) => (
          <li key={index} className="flex items-center gap-2">
            <Select value={grant.role} onValueChange={(role) => update(index, { role: role as Role })}>
              <SelectTrigger className="w-36" aria-label={`Role ${index + 1}`} id={`${props.idPrefix}-role-${index}`}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {ROLES.map((role) => (
                  <SelectItem key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <Select value={grant.tenantId ?? ALL_TENANTS} onValueChange={(scope) => update(index, { tenantId: scope === ALL_TENANTS ? null : scope })}>
              <SelectTrigger className="min-w-0 flex-1" aria-label={`Scope of role ${index + 1}`}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={ALL_TENANTS}>All tenants</SelectItem>
                {props.tenants.map((tenant) => (
                  <SelectItem key={tenant.id} value={tenant.id}>
                    {tenant.name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <Button type="button" variant="ghost" size="icon" aria-label={`Remove role ${index + 1}`} onClick={() => props.onChange(props.value.filter((_, at) => at !== index))}>
              <Trash2 aria-hidden />
            </Button>
          </li>
        ))}
      </ul>
      <Button type="button" variant="outline" size="sm" className="w-fit" onClick={() => props.onChange([...props.value, { role: 'helpdesk', tenantId: props.tenants[0]?.id ?? null }])}>
        <Plus aria-hidden />
        Add role
      </Button>
      <FieldError>{props.error}</FieldError>
    </FieldSet>
  )
}

/** The grants editor bound to a form field holding the roles. */
export function GrantsField<T extends FieldValues>({ control, name, idPrefix }: { control: Control<T>; name: Path<T>; idPrefix: string }) {
  const tenants = useQuery(tenantsQueryOptions()).data?.items ?? []
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <GrantsEditor idPrefix={idPrefix} value={field.value as RoleGrant[]} onChange={field.onChange} tenants={tenants} error={fieldState.error?.message} />
      )}
    />
  )
}
