import { FilterField } from '@/components/filter-field'
import type { TimeWindowSearch } from '@contract/time-window'
import { SPS_AUDITED_DEFAULT_RANGE, SPS_SESSION_PROTOCOLS, SPS_SESSION_VERDICT_LABELS, SPS_SESSION_VERDICTS } from '@contract/sps-audited-sessions'
import { Search } from 'lucide-react'
import { useId } from 'react'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { TimeWindowFilter } from '@/components/time-window/time-window-filter'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import type { SpsAuditedSessionsFilterKey, SpsAuditedSessionsSearch } from '../sps-audited-sessions-search'

/** Radix Select has no empty value; this stands for "no filter". */
const ANY = '__any__'

export interface AuditedSessionFiltersProps {
  search: SpsAuditedSessionsSearch
  onChange: (change: Partial<Pick<SpsAuditedSessionsSearch, SpsAuditedSessionsFilterKey>>) => void
}

/** The audited sessions' filters; every one lives in the URL, text waits for a pause in typing. */
export function AuditedSessionFilters({ search, onChange }: AuditedSessionFiltersProps) {
  const ids = { protocol: useId(), verdict: useId(), user: useId(), client: useId(), server: useId(), q: useId(), qHint: useId() }
  return (
    <section aria-label="Filters" className="bg-card mb-4 rounded-lg border p-3 sm:p-4">
      <div className="grid grid-cols-2 gap-x-3 gap-y-3 sm:gap-x-4 lg:grid-cols-4">
        <TimeWindowFilter
          value={{ range: search.range, from: search.from, to: search.to }}
          defaultRange={SPS_AUDITED_DEFAULT_RANGE}
          onChange={(next) => onChange(changedBounds(search, next))}
          className="col-span-2 sm:col-span-1"
        />
        <FilterField id={ids.protocol} label="Protocol">
          <Select value={search.protocol ?? ANY} onValueChange={(value) => onChange({ protocol: value === ANY ? undefined : (value as SpsAuditedSessionsSearch['protocol']) })}>
            <SelectTrigger id={ids.protocol} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>Any protocol</SelectItem>
              {SPS_SESSION_PROTOCOLS.map((protocol) => (
                <SelectItem key={protocol} value={protocol}>
                  {protocol}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </FilterField>
        <FilterField id={ids.verdict} label="Verdict">
          <Select value={search.verdict ?? ANY} onValueChange={(value) => onChange({ verdict: value === ANY ? undefined : (value as SpsAuditedSessionsSearch['verdict']) })}>
            <SelectTrigger id={ids.verdict} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>Any verdict</SelectItem>
              {SPS_SESSION_VERDICTS.map((verdict) => (
                <SelectItem key={verdict} value={verdict}>
                  {SPS_SESSION_VERDICT_LABELS[verdict]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </FilterField>
        <FilterField id={ids.user} label="User">
          <DebouncedFilterInput id={ids.user} placeholder="Gateway or server user" autoComplete="off" value={search.user} onCommit={(user) => onChange({ user })} />
        </FilterField>
        <FilterField id={ids.client} label="Client">
          <DebouncedFilterInput id={ids.client} placeholder="Address or name" autoComplete="off" value={search.client} onCommit={(client) => onChange({ client })} />
        </FilterField>
        <FilterField id={ids.server} label="Server">
          <DebouncedFilterInput id={ids.server} placeholder="Address or name" autoComplete="off" value={search.server} onCommit={(server) => onChange({ server })} />
        </FilterField>
        <FilterField id={ids.q} label="Search expression" className="col-span-2">
          <div className="relative">
            <Search className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" aria-hidden />
            <DebouncedFilterInput
              id={ids.q}
              type="search"
              className="pl-8 font-mono text-sm"
              placeholder="e.g. recording.auth_method:publickey"
              aria-describedby={ids.qHint}
              autoComplete="off"
              spellCheck={false}
              value={search.q}
              onCommit={(q) => onChange({ q })}
            />
          </div>
          <p id={ids.qHint} className="text-muted-foreground text-xs">
            SPS search syntax: <code>field:value</code>, AND, OR, NOT, <code>*</code> and <code>?</code>. User, client and server match whole values;
            use <code>*</code> for part of one.
          </p>
        </FilterField>
      </div>
    </section>
  )
}

/**
 * Only the parts of the window that changed: the filter reports all three from the props it was
 * rendered with, and those can be a step behind the URL while a navigation is still loading (a
 * quick "From" then "To" would otherwise write the old "From" back).
 */
function changedBounds(current: TimeWindowSearch, next: TimeWindowSearch): Partial<TimeWindowSearch> {
  const change: Partial<TimeWindowSearch> = {}
  for (const key of ['range', 'from', 'to'] as const) if (key in next && next[key] !== current[key]) Object.assign(change, { [key]: next[key] })
  return change
}

