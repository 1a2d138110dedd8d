import { Button } from '@/components/ui/button'
import { DialogFooter } from '@/components/ui/dialog'

/** Cancel and submit at the foot of a dialog's form; submit is disabled while the request runs. */
export function DialogFormFooter(props: { submitLabel: string; onCancel: () => void; pending: boolean; destructive?: boolean; className?: string }) {
  return (
    <DialogFooter className={props.className}>
      <Button type="button" variant="outline" onClick={props.onCancel}>
        Cancel
      </Button>
      <Button type="submit" variant={props.destructive ? 'destructive' : 'default'} disabled={props.pending}>
        {props.submitLabel}
      </Button>
    </DialogFooter>
  )
}
