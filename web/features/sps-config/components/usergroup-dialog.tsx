import { usergroupRequestSchema, type SpsUsergroup, type UsergroupRequest } from '@contract/sps-config'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import { Controller, useForm } from 'react-hook-form'
import { FormErrorAlert } from '@/components/form-error-alert'
import { TextField } from '@/components/form/text-field'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Field, FieldDescription, FieldError, FieldGroup, FieldLabel } from '@/components/ui/field'
import { createUsergroup, memberChoicesQueryOptions, updateUsergroup } from '../api/sps-config-queries'
import { MemberPicker } from './member-picker'
import { SpsChangeFooter } from './sps-change-footer'
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
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle className="break-words">{title}</DialogTitle>
          <DialogDescription>Members are SPS local users. The change waits in your pending changes until you commit it.</DialogDescription>
        </DialogHeader>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            change.stage()
          }}
        >
          <FieldGroup>
            <FormErrorAlert message={change.formError} />
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
          </FieldGroup>
          <SpsChangeFooter
            onCancel={onClose}
            pending={change.isPending}
            canCommitNow={change.canCommitNow}
            onCommitNow={() => void change.askCommitNow()}
            confirming={change.confirming}
            onConfirmCommit={change.confirmCommitNow}
            onCancelCommit={change.cancelCommitNow}
            what={`the usergroup ${form.getValues('name') || ''}`.trim()}
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}
