import type { AuditChainVerification } from '@contract/audit-log'
import { ShieldAlert, ShieldCheck, X } from 'lucide-react'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { DateTime } from '@/components/date-time'

const count = new Intl.NumberFormat()
const entries = (n: number) => `${count.format(n)} ${n === 1 ? 'entry' : 'entries'}`

/** The outcome of a chain check: intact with how much was checked, or the first broken entry and why. */
export function ChainVerificationAlert(props: { verification: AuditChainVerification; checkedAt: number; onDismiss: () => void }) {
  const { verification } = props
  const dismiss = (
    <Button variant="ghost" size="icon-sm" className="absolute top-2 right-2" aria-label="Dismiss the verification result" onClick={props.onDismiss}>
      <X aria-hidden />
    </Button>
  )
  if (verification.ok) {
    return (
      <Alert variant="success" className="mb-4 pr-12">
        <ShieldCheck aria-hidden />
        <AlertTitle>The audit chain is intact</AlertTitle>
        <AlertDescription>
          <p>
            All {entries(verification.checked)} checked at <DateTime value={props.checkedAt} />: each links to the one before it and still
            matches its hash.
          </p>
        </AlertDescription>
        {dismiss}
      </Alert>
    )
  }
  const broken = verification.brokenAt
  return (
    <Alert variant="destructive" className="mb-4 pr-12">
      <ShieldAlert aria-hidden />
      <AlertTitle>{broken ? `The audit chain is broken at entry #${broken.seq}` : 'The audit chain is broken'}</AlertTitle>
      <AlertDescription>
        {broken && (
          <p>
            Entry #{broken.seq}: {broken.problem}.
          </p>
        )}
        <p>
          The {entries(verification.checked)} before it check out. Something changed the log outside the console: keep an export of it and
          investigate before trusting what follows.
        </p>
      </AlertDescription>
      {dismiss}
    </Alert>
  )
}
