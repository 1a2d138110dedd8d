import { useQuery } from '@tanstack/react-query'
import { Search } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { DataTableError } from '@/components/data-table/data-table-error'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Skeleton } from '@/components/ui/skeleton'
import { ApiRequestError } from '@/lib/api-client'
import { spsSessionContentQueryOptions } from '../api/sps-audited-session-queries'
import { SESSION_PART_PAGE_SIZE } from '../sps-audited-session-detail-search'
import { EventTable } from './event-table'

export interface SessionContentSearchProps {
  tenant: string
  sessionId: string
  /** The search in the URL. */
  q: string | undefined
  indexStatus: string | null
  onSearch: (q: string | undefined) => void
}

/** Why a search cannot be sent, before asking SPS. */
function localProblem(text: string): string | null {
  if (text.startsWith('*')) return 'A search cannot start with *.'
  return null
}

/** Search inside what SPS indexed of the session (commands, window titles); the matches are listed. */
export function SessionContentSearch({ tenant, sessionId, q, indexStatus, onSearch }: SessionContentSearchProps) {
  const ids = { input: useId(), hint: useId(), error: useId() }
  const [draft, setDraft] = useState(q ?? '')
  const [seen, setSeen] = useState(q)
  if (q !== seen) {
    setSeen(q)
    setDraft(q ?? '')
  }
  const [problem, setProblem] = useState<string | null>(null)
  const sendable = q !== undefined && localProblem(q) === null
  const results = useQuery({ ...spsSessionContentQueryOptions(tenant, sessionId, { q: q ?? '', pageSize: String(SESSION_PART_PAGE_SIZE) }), enabled: sendable })
  const serverProblem = results.error instanceof ApiRequestError ? results.error.fieldErrors.q : undefined
  const shownProblem = problem ?? serverProblem ?? null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const text = draft.trim()
    const found = text ? localProblem(text) : null
    setProblem(found)
    if (!found) onSearch(text || undefined)
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Search the session&apos;s content</CardTitle>
        <CardDescription>
          Finds commands and window titles SPS indexed from the recording.
          {indexStatus && indexStatus !== 'INDEXED' && ` SPS reports this session as ${indexStatus}: a search may find nothing.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <form role="search" aria-label="Session content" onSubmit={submit} className="flex flex-col gap-1.5">
          <Label htmlFor={ids.input}>Search for</Label>
          <div className="flex gap-2">
            <Input
              id={ids.input}
              type="search"
              value={draft}
              autoComplete="off"
              spellCheck={false}
              className="font-mono text-sm"
              placeholder="e.g. sudo or content:passwd"
              aria-invalid={shownProblem ? true : undefined}
              aria-describedby={shownProblem ? `${ids.error} ${ids.hint}` : ids.hint}
              onChange={(event) => setDraft(event.target.value)}
            />
            <Button type="submit" variant="outline">
              <Search aria-hidden />
              Search
            </Button>
          </div>
          {shownProblem && (
            <p id={ids.error} className="text-destructive text-sm">
              {shownProblem}
            </p>
          )}
          <p id={ids.hint} className="text-muted-foreground text-xs">
            SPS search syntax: words, &quot;phrases&quot;, <code>*</code> and <code>?</code> inside a word, AND, OR, NOT.
          </p>
        </form>
        {sendable &&
          (results.error && !serverProblem ? (
            <DataTableError error={results.error} onRetry={() => void results.refetch()} />
          ) : results.isPending ? (
            <Skeleton className="h-16 w-full" />
          ) : results.data ? (
            <div className="flex flex-col gap-2" aria-live="polite">
              <p className="text-sm font-medium">
                {results.data.items.length === 0
                  ? 'No match.'
                  : `${results.data.items.length}${results.data.hasMore ? '+' : ''} ${results.data.items.length === 1 ? 'match' : 'matches'}`}
              </p>
              {results.data.items.length > 0 && <EventTable events={results.data.items} label="Content matches" />}
              {results.data.hasMore && (
                <p className="text-muted-foreground text-xs">The first {SESSION_PART_PAGE_SIZE} matches are shown; make the search narrower to see the rest.</p>
              )}
            </div>
          ) : null)}
      </CardContent>
    </Card>
  )
}
