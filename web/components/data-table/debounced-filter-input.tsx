import { useState, type ComponentProps } from 'react'
import { Input } from '@/components/ui/input'
import { useDebouncedCallback } from '@/lib/use-debounced-callback'

type DebouncedFilterInputProps = Omit<ComponentProps<typeof Input>, 'value' | 'defaultValue' | 'onChange'> & {
  /** The filter as the URL holds it. */
  value: string | undefined
  /** Called once typing pauses (or on Enter) with the trimmed text, undefined when empty. */
  onCommit: (value: string | undefined) => void
  delayMs?: number
}

/**
 * A text filter that writes to the URL only when typing pauses. It keeps what is being typed
 * while its own commits come back through the URL, and follows the URL when something else
 * changes it (back button, "Clear filters").
 */
export function DebouncedFilterInput({ value, onCommit, delayMs = 350, onKeyDown, ...props }: DebouncedFilterInputProps) {
  const [draft, setDraft] = useState(value ?? '')
  const [seen, setSeen] = useState(value)
  const [committed, setCommitted] = useState(value)
  if (value !== seen) {
    setSeen(value)
    if (value !== committed) {
      // Not our own commit coming back: something else changed the URL.
      setDraft(value ?? '')
      setCommitted(value)
    }
  }
  const commit = useDebouncedCallback((text: string) => {
    const next = text.trim() || undefined
    setCommitted(next)
    if (next !== value) onCommit(next)
  }, delayMs)

  return (
    <Input
      {...props}
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value)
        commit.run(event.target.value)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit.flush()
        onKeyDown?.(event)
      }}
    />
  )
}
