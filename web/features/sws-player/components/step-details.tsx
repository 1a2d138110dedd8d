import type { SwsStepView } from '@contract/sws-player'
import { formatDateTimeWithSeconds } from '@/lib/format-time'
import { useTimeDisplay } from '@/lib/time-display'
import { stepKind } from '../step-kinds'

/** Every recorded field of the current step, as text, for the auditor's notes. */
export function StepDetails({ step }: { step: SwsStepView | undefined }) {
  useTimeDisplay() // the rows are text in the chosen zone
  if (!step) return null
  const rows: Array<[string, string | null]> = [
    ['Step id', step.id],
    ['Time', step.at ? formatDateTimeWithSeconds(step.at) : null],
    ['Type', `${stepKind(step.type).label} (${step.type})`],
    ['Client time zone', step.clientTimeZone],
    ['Element', step.elementTag ? `${step.elementTag}${step.elementText ? ` “${step.elementText}”` : ''}` : null],
    ['XPath', step.elementXPath],
    ['Cursor', step.cursorX !== null && step.cursorY !== null ? `${step.cursorX}, ${step.cursorY}` : null],
    ['Flag', step.flag ? `Flagged by ${step.flag.by || 'someone'}${step.flag.at ? `, ${formatDateTimeWithSeconds(step.flag.at)}` : ''}` : null],
  ]
  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-xs" aria-label="Step details" data-testid="step-details">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="truncate font-mono" title={value ?? ''}>
              {value}
            </dd>
          </div>
        ))}
    </dl>
  )
}
