import { Lock } from 'lucide-react'
import { Badge } from '@/components/ui/badge'

/** Marks an object SPS ships with: SPS refuses to change or delete it. */
export function BuiltInBadge() {
  return (
    <Badge variant="secondary" title="Shipped with SPS: it cannot be changed or deleted there">
      <Lock aria-hidden />
      Built-in
    </Badge>
  )
}
