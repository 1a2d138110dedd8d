import { useState } from 'react'
import { ChangeWithReasonDialog } from './change-with-reason-dialog'
import { UserPicker, type PickedUser } from './user-picker'

/** Pick directory users to add to an organization's list (members, administrators), with a reason. */
export function AddUsersDialog(props: {
  tenant: string
  title: string
  submitLabel: (count: number) => string
  exclude: ReadonlySet<string>
  onAdd: (picked: PickedUser[], reason: string) => Promise<unknown>
  onClose: () => void
}) {
  const [picked, setPicked] = useState<PickedUser[]>([])
  return (
    <ChangeWithReasonDialog
      title={props.title}
      description="Find people in the directory and pick one or more."
      submitLabel={props.submitLabel(picked.length)}
      validate={() => (picked.length === 0 ? 'Pick at least one user.' : null)}
      onSubmit={(reason) => props.onAdd(picked, reason)}
      onClose={props.onClose}
    >
      <UserPicker tenant={props.tenant} label="Search the directory" picked={picked} onChange={setPicked} exclude={props.exclude} />
    </ChangeWithReasonDialog>
  )
}
