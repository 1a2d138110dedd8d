import { ChevronDown, ChevronUp, Search, X } from 'lucide-react'
import { forwardRef, useEffect, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'

/**
 * Search inside the steps (the gateway's freeSearch: URL, window title, element text and value;
 * `*` and `?` are wildcards). Enter / Shift+Enter move between matches, Escape clears.
 */
export const StepSearchBar = forwardRef<
  HTMLInputElement,
  {
    query: string
    total: number | undefined
    position: number
    searching: boolean
    onQueryChange: (query: string) => void
    onNext: () => void
    onPrevious: () => void
  }
>(function StepSearchBar({ query, total, position, searching, onQueryChange, onNext, onPrevious }, ref) {
  const [text, setText] = useState(query)
  useEffect(() => setText(query), [query])
  const active = query !== ''
  const status = !active ? '' : searching ? 'Searching…' : total === 0 ? 'No matches' : total === undefined ? '' : `${position >= 0 ? position + 1 : '–'} of ${total.toLocaleString()}`
  return (
    <div className="flex items-center gap-1.5">
      <form
        role="search"
        className="relative min-w-0 flex-1"
        onSubmit={(event) => {
          event.preventDefault()
          if (text.trim() === query) onNext()
          else onQueryChange(text.trim())
        }}
      >
        <Search aria-hidden className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" />
        <Input
          ref={ref}
          type="search"
          value={text}
          maxLength={200}
          placeholder="Search steps (/)"
          aria-label="Search steps"
          className="h-8 pr-8 pl-8 [&::-webkit-search-cancel-button]:appearance-none"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.shiftKey) {
              event.preventDefault()
              onPrevious()
            } else if (event.key === 'Escape') {
              setText('')
              onQueryChange('')
            }
          }}
        />
        {text !== '' && (
          <button
            type="button"
            aria-label="Clear search"
            className="text-muted-foreground hover:text-foreground absolute top-1/2 right-2 -translate-y-1/2"
            onClick={() => {
              setText('')
              onQueryChange('')
            }}
          >
            <X aria-hidden className="size-4" />
          </button>
        )}
      </form>
      <span className="text-muted-foreground min-w-16 text-right text-xs tabular-nums" role="status" aria-live="polite">
        {searching && active ? <Spinner aria-label="Searching" className="ml-auto size-3.5" /> : status}
      </span>
      <Button variant="ghost" size="icon-sm" aria-label="Previous match (Shift+N)" title="Previous match (Shift+N)" disabled={!total} onClick={onPrevious}>
        <ChevronUp aria-hidden />
      </Button>
      <Button variant="ghost" size="icon-sm" aria-label="Next match (N)" title="Next match (N)" disabled={!total} onClick={onNext}>
        <ChevronDown aria-hidden />
      </Button>
    </div>
  )
})
