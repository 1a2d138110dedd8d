import { FilterX } from 'lucide-react'
import { Button } from '@/components/ui/button'

/**
 * Drops a list's filters: a quiet ghost button with an icon in the table's toolbar, an outline one
 * in the empty state, where it is the way on.
 */
export function ClearFiltersButton({ onClear, place }: { onClear: () => void; place: 'toolbar' | 'empty' }) {
  const inToolbar = place === 'toolbar'
  return (
    <Button variant={inToolbar ? 'ghost' : 'outline'} size="sm" onClick={onClear}>
      {inToolbar && <FilterX aria-hidden />}
      Clear filters
    </Button>
  )
}
