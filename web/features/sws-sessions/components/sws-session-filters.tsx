import { FilterField } from '@/components/filter-field'
import type { SwsApplicationOption } from '@contract/sws-sessions'
import { Search } from 'lucide-react'
import { useId } from 'react'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { TimeWindowFilter } from '@/components/time-window/time-window-filter'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { SWS_SESSIONS_DEFAULT_RANGE, swsSessionTimeWindow, type SwsSessionsSearch } from '../sws-sessions-search'

/** Radix Select has no empty value; this stands for "no filter". */
const ANY = '__any__'

type FilterChange = Partial<Pick<SwsSessionsSearch, 'range' | 'from' | 'to' | 'application' | 'user' | 'flagged' | 'q'>>

export interface SwsSessionFiltersProps {
  search: SwsSessionsSearch
  /** Applications to offer; an id in the URL that is not among them is offered too. */
  applications: readonly SwsApplicationOption[]
  onChange: (change: FilterChange) => void
}

/** The sessions list's filters. Every one lives in the URL; text waits for a pause in typing. */
export function SwsSessionFilters({ search, applications, onChange }: SwsSessionFiltersProps) {
  const ids = { q: useId(), user: useId(), application: useId(), flagged: useId() }
  const options =
    search.application && !applications.some((app) => app.id === search.application) ? [...applications, { id: search.application, name: search.application }] : applications
  return (
    <section aria-label="Filters" className="bg-card mb-4 rounded-lg border p-3 sm:p-4">
      <div className="grid grid-cols-2 gap-x-3 gap-y-3 sm:gap-x-4 lg:grid-cols-4">
        <TimeWindowFilter value={swsSessionTimeWindow(search)} defaultRange={SWS_SESSIONS_DEFAULT_RANGE} onChange={(next) => onChange(next)} className="col-span-2 sm:col-span-1" />
        <FilterField id={ids.application} label="Application">
          <Select value={search.application ?? ANY} onValueChange={(value) => onChange({ application: value === ANY ? undefined : value })}>
            <SelectTrigger id={ids.application} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>Any application</SelectItem>
              {options.map((app) => (
                <SelectItem key={app.id} value={app.id}>
                  <span className="max-w-72 truncate">{app.name || app.id}</span>
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </FilterField>
        <FilterField id={ids.user} label="User login">
          <DebouncedFilterInput id={ids.user} placeholder="e.g. alice@example.com" autoComplete="off" value={search.user} onCommit={(user) => onChange({ user })} />
        </FilterField>
        <FilterField id={ids.flagged} label="Flag">
          <Select value={search.flagged ?? ANY} onValueChange={(value) => onChange({ flagged: value === ANY ? undefined : (value as 'true' | 'false') })}>
            <SelectTrigger id={ids.flagged} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>Flagged or not</SelectItem>
              <SelectItem value="true">Flagged only</SelectItem>
              <SelectItem value="false">Not flagged</SelectItem>
            </SelectContent>
          </Select>
        </FilterField>
        <FilterField id={ids.q} label="Search" className="col-span-2">
          <div className="relative">
            <Search className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" aria-hidden />
            <DebouncedFilterInput
              id={ids.q}
              type="search"
              placeholder="Application, user name or login; * and ? as wildcards"
              className="pl-8"
              value={search.q}
              onCommit={(q) => onChange({ q })}
            />
          </div>
        </FilterField>
      </div>
    </section>
  )
}

