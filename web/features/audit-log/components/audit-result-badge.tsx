import type { AuditResult } from '@contract/audit-log'
import { Ban, Check, X } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { AUDIT_RESULT_LABELS } from '../audit-action-labels'

const LOOK = {
  success: { variant: 'success', Icon: Check },
  failure: { variant: 'destructive', Icon: X },
  denied: { variant: 'warning', Icon: Ban },
} as const

/** The outcome in colour, with an icon and a word so it does not rely on colour alone. */
export function AuditResultBadge({ result }: { result: AuditResult }) {
  const { variant, Icon } = LOOK[result]
  return (
    <Badge variant={variant}>
      <Icon aria-hidden />
      {AUDIT_RESULT_LABELS[result]}
    </Badge>
  )
}
