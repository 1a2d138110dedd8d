import { ChevronFirst, ChevronLast, ChevronLeft, ChevronRight } from 'lucide-react'
import { useId } from 'react'
import { Button } from '@/components/ui/button'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'

const count = new Intl.NumberFormat()

export interface DataTablePaginationProps {
  page: number
  pageSize: number
  pageSizes: readonly number[]
  /** Rows matching in all; null when the server cannot count them. */
  total: number | null
  /** Rows on the page being shown (undefined while it loads). */
  rowsOnPage: number | undefined
  onPageChange: (page: number) => void
  onPageSizeChange: (pageSize: number) => void
}

/** "Rows 26–50 of 1,234", page size, and first / previous / next / last. Works without a total too. */
export function DataTablePagination(props: DataTablePaginationProps) {
  const { page, pageSize, total, rowsOnPage } = props
  const sizeLabelId = useId()
  const pageCount = total === null ? null : Math.max(1, Math.ceil(total / pageSize))
  const canPrevious = page > 1
  const canNext = pageCount === null ? rowsOnPage === pageSize : page < pageCount
  const canLast = pageCount !== null && page < pageCount

  return (
    <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 text-sm">
      <p className="text-muted-foreground tabular-nums" aria-live="polite">
        {summary(page, pageSize, total, rowsOnPage)}
      </p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <div className="flex items-center gap-2">
          <span id={sizeLabelId} className="text-muted-foreground">
            Rows per page
          </span>
          <Select value={String(pageSize)} onValueChange={(value) => props.onPageSizeChange(Number(value))}>
            <SelectTrigger size="sm" className="w-20" aria-labelledby={sizeLabelId}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {props.pageSizes.map((size) => (
                <SelectItem key={size} value={String(size)}>
                  {size}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <nav aria-label="Pages" className="flex items-center gap-1">
          <span className="text-muted-foreground mr-2 tabular-nums">
            Page {count.format(page)}
            {pageCount !== null && ` of ${count.format(pageCount)}`}
          </span>
          <Button variant="outline" size="icon-sm" aria-label="First page" disabled={!canPrevious} onClick={() => props.onPageChange(1)}>
            <ChevronFirst aria-hidden />
          </Button>
          <Button variant="outline" size="icon-sm" aria-label="Previous page" disabled={!canPrevious} onClick={() => props.onPageChange(page - 1)}>
            <ChevronLeft aria-hidden />
          </Button>
          <Button variant="outline" size="icon-sm" aria-label="Next page" disabled={!canNext} onClick={() => props.onPageChange(page + 1)}>
            <ChevronRight aria-hidden />
          </Button>
          <Button
            variant="outline"
            size="icon-sm"
            aria-label="Last page"
            disabled={!canLast}
            onClick={() => pageCount !== null && props.onPageChange(pageCount)}
          >
            <ChevronLast aria-hidden />
          </Button>
        </nav>
      </div>
    </div>
  )
}

function summary(page: number, pageSize: number, total: number | null, rowsOnPage: number | undefined): string {
  if (rowsOnPage === undefined) return 'Loading rows…'
  if (rowsOnPage === 0) return total ? `No rows on this page (${count.format(total)} in all)` : 'No rows'
  const first = (page - 1) * pageSize + 1
  const range = `Rows ${count.format(first)}–${count.format(first + rowsOnPage - 1)}`
  return total === null ? range : `${range} of ${count.format(total)}`
}
