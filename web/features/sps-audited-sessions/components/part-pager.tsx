import { ChevronLeft, ChevronRight } from 'lucide-react'
import { Button } from '@/components/ui/button'

/** Previous/next for SPS listings that page without a count. */
export function PartPager(props: { page: number; hasMore: boolean; what: string; onPage: (page: number) => void }) {
  if (props.page === 1 && !props.hasMore) return null
  return (
    <nav aria-label={`${props.what} pages`} className="flex items-center justify-end gap-2 text-sm">
      <span className="text-muted-foreground">Page {props.page}</span>
      <Button variant="outline" size="sm" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        <ChevronLeft aria-hidden />
        Previous
      </Button>
      <Button variant="outline" size="sm" disabled={!props.hasMore} onClick={() => props.onPage(props.page + 1)}>
        Next
        <ChevronRight aria-hidden />
      </Button>
    </nav>
  )
}
