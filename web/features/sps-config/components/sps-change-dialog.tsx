import type { ReactNode } from 'react'
import { FormErrorAlert } from '@/components/form-error-alert'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { FieldGroup } from '@/components/ui/field'
import { SpsChangeFooter } from './sps-change-footer'
import type { useSpsChangeForm } from './use-sps-change-form'

type SpsChange = Pick<
  ReturnType<typeof useSpsChangeForm>,
  'stage' | 'formError' | 'isPending' | 'canCommitNow' | 'askCommitNow' | 'confirming' | 'confirmCommitNow' | 'cancelCommitNow'
>

/** A dialog whose change joins the operator's SPS transaction, or is committed at once on confirmation. */
export function SpsChangeDialog(props: { title: string; description: string; what: string; change: SpsChange; onClose: () => void; children: ReactNode }) {
  const { change, onClose } = props
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle className="break-words">{props.title}</DialogTitle>
          <DialogDescription>{props.description}</DialogDescription>
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
            {props.children}
          </FieldGroup>
          <SpsChangeFooter
            onCancel={onClose}
            pending={change.isPending}
            canCommitNow={change.canCommitNow}
            onCommitNow={() => void change.askCommitNow()}
            confirming={change.confirming}
            onConfirmCommit={change.confirmCommitNow}
            onCancelCommit={change.cancelCommitNow}
            what={props.what}
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}
