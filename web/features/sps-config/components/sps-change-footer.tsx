import { Button } from '@/components/ui/button'
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from '@/components/ui/alert-dialog'
import { DialogFooter } from '@/components/ui/dialog'

/**
 * The foot of an SPS change form: add the change to the pending changes (the default), or commit
 * this one change at once after a confirmation — offered only when nothing else is pending.
 */
export function SpsChangeFooter(props: {
  onCancel: () => void
  pending: boolean
  canCommitNow: boolean
  destructive?: boolean
  onCommitNow: () => void
  confirming: boolean
  onConfirmCommit: () => void
  onCancelCommit: () => void
  /** Says what goes live, e.g. "the usergroup ops". */
  what: string
}) {
  return (
    <>
      <DialogFooter className="mt-6">
        <Button type="button" variant="outline" onClick={props.onCancel}>
          Cancel
        </Button>
        {props.canCommitNow && (
          <Button type="button" variant="outline" disabled={props.pending} onClick={props.onCommitNow}>
            Commit now…
          </Button>
        )}
        {/* The form's submit (Enter too) adds to the pending changes. */}
        <Button type="submit" variant={props.destructive ? 'destructive' : 'default'} disabled={props.pending}>
          Add to pending changes
        </Button>
      </DialogFooter>
      <AlertDialog open={props.confirming} onOpenChange={(open) => !open && props.onCancelCommit()}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Commit this change to SPS now?</AlertDialogTitle>
            <AlertDialogDescription>
              {`This change to ${props.what} goes live on the appliance at once, in a transaction of its own, with your reason as the commit message.`}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Back</AlertDialogCancel>
            <AlertDialogAction onClick={props.onConfirmCommit}>Commit now</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  )
}
