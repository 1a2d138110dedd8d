import { Button } from '@/components/ui/button'
import { DialogFooter } from '@/components/ui/dialog'

/** The foot of an edit dialog: "Review changes" while editing; "Back" and the confirm button while reviewing. */
export function ReviewStepFooter(props: { step: 'edit' | 'review'; onCancel: () => void; onBack: () => void; confirmLabel: string; pending: boolean }) {
  return (
    <DialogFooter>
      {props.step === 'edit' ? (
        <>
          <Button type="button" variant="outline" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit">Review changes</Button>
        </>
      ) : (
        <>
          <Button type="button" variant="outline" onClick={props.onBack} disabled={props.pending}>
            Back
          </Button>
          <Button type="submit" disabled={props.pending}>
            {props.confirmLabel}
          </Button>
        </>
      )}
    </DialogFooter>
  )
}
