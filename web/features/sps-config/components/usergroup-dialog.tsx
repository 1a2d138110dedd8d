import { usergroupRequestSchema, type SpsUsergroup, type UsergroupRequest } from '@contract/sps-config'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import { Controller, useForm } from 'react-hook-form'
import { TextField } from '@/components/form/text-field'
import { ReasonField } from '@/components/reason-field'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { createUsergroup, memberChoicesQueryOptions, updateUsergroup } from '../api/sps-config-queries'
import { MemberPicker } from './member-picker'
import { SpsChangeDialog } from './sps-change-dialog'
import { useSpsChangeForm } from './use-sps-change-form'

/** Create a usergroup, or change one (rename, add and remove members: SPS takes the whole group). */
export function UsergroupDialog({ tenantId, group, onClose }: { tenantId: string; group: SpsUsergroup | null; onClose: () => void }) {
  const choices = useQuery(memberChoicesQueryOptions(tenantId))
  const initial: UsergroupRequest = {
    name: group?.name ?? '',
    members: group?.members.map((member) => member.userKey ?? member.name) ?? [],
    ...(group ? { expectedMembers: group.members.map((member) => member.name) } : {}),
    reason: '',
    commit: false,
  }
  const form = useForm<UsergroupRequest>({ resolver: zodResolver(usergroupRequestSchema), defaultValues: initial })
  const change = useSpsChangeForm({
    tenantId,
    form,
    fields: ['name', 'members', 'reason'],
    mutationFn: (values) => (group ? updateUsergroup(tenantId, group.key, values) : createUsergroup(tenantId, values)),
    describe: (values) => `Usergroup ${values.name}`,
    onDone: onClose,
  })
  const title = group ? `Change usergroup ${group.name}` : 'New usergroup'

  return (
    <SpsChangeDialog title={title} description="Members are SPS local users. The change waits in your pending changes until you commit it." what={`the usergroup ${form.getValues('name') || ''}`.trim()} change={change} onClose={onClose}>
      <TextField
        control={form.control}
        name="name"
        id="usergroup-name"
        label="Name"
        autoComplete="off"
        spellCheck={false}
        disabled={group?.inAcls}
        description={group?.inAcls ? 'The ACLs refer to this group by name, so SPS does not allow renaming it.' : undefined}
      />
      <Controller
        name="members"
        control={form.control}
        render={({ field, fieldState }) => (
          <Field data-invalid={fieldState.invalid}>
            <FieldLabel htmlFor="usergroup-members">Members</FieldLabel>
            <MemberPicker id="usergroup-members" choices={choices.data?.items} value={field.value} onChange={field.onChange} invalid={fieldState.invalid} />
            {choices.error && <FieldDescription>{choices.error.message}</FieldDescription>}
            <FieldError errors={[fieldState.error]} />
          </Field>
        )}
      />
      <ReasonField control={form.control} name="reason" id="usergroup-reason" />
    </SpsChangeDialog>
  )
}
