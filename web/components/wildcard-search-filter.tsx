import { FilterX, Search } from 'lucide-react'
import { useId } from 'react'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { FilterField } from '@/components/filter-field'
import { Button } from '@/components/ui/button'

/** A list screen whose only filter is one vendor-side wildcard search (SWS's `*` and `?`). */
export function WildcardSearchFilter(props: { label: string; placeholder: string; value: string | undefined; onCommit: (q: string | undefined) => void }) {
  const id = useId()
  return (
    <section aria-label="Filters" className="bg-card mb-4 rounded-lg border p-3 sm:p-4">
      <FilterField id={id} label={props.label} className="max-w-xl">
        <div className="relative">
          <Search className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" aria-hidden />
          <DebouncedFilterInput id={id} type="search" className="pl-8" placeholder={props.placeholder} autoComplete="off" value={props.value} onCommit={props.onCommit} />
        </div>
        <p className="text-muted-foreground text-xs">
          <kbd>*</kbd> matches any run of characters, <kbd>?</kbd> one character.
        </p>
      </FilterField>
    </section>
  )
}

/** The table's toolbar button that drops the search. */
export function ClearSearchButton({ onClear }: { onClear: () => void }) {
  return (
    <Button variant="ghost" size="sm" onClick={onClear}>
      <FilterX aria-hidden />
      Clear search
    </Button>
  )
}

/** The empty table's message: nothing matched this search, or there is nothing at all. */
export function SearchEmptyState(props: { q: string | undefined; noMatch: string; nothing: string; onClear: () => void }) {
  if (!props.q) return <p className="text-muted-foreground">{props.nothing}</p>
  return (
    <div className="flex flex-col items-center gap-3">
      <p className="text-muted-foreground">
        {props.noMatch} “{props.q}”.
      </p>
      <Button variant="outline" size="sm" onClick={props.onClear}>
        Clear search
      </Button>
    </div>
  )
}
