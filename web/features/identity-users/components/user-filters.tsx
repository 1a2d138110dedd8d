import { IDENTITY_USER_STATUSES } from '@contract/identity-users'
import { Search } from 'lucide-react'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import type { UsersSearch } from '../identity-users-search'

const ANY = 'any'
const STATUS_LABELS: Record<string, string> = {
  Active: 'Active',
  Locked: 'Locked',
  Suspended: 'Disabled (suspended)',
  Expired: 'Expired',
}

function FilterSelect(props: {
  label: string
  value: string | undefined
  options: { value: string; label: string }[]
  onChange: (value: string | undefined) => void
}) {
  return (
    <Select value={props.value ?? ANY} onValueChange={(value) => props.onChange(value === ANY ? undefined : value)}>
      <SelectTrigger size="sm" className="w-40" aria-label={props.label}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={ANY}>{`${props.label}: any`}</SelectItem>
        {props.options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  )
}

/** Search and the state filters the directory query answers: status, locked, enabled. */
export function UserFilters(props: { search: UsersSearch; onChange: (change: Partial<UsersSearch>) => void }) {
  const { search } = props
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2">
      <div className="relative w-full sm:w-80">
        <Search className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" aria-hidden />
        <DebouncedFilterInput
          type="search"
          aria-label="Search users"
          placeholder="Login, name or e-mail starts with…"
          className="h-8 pl-8"
          value={search.q}
          onCommit={(q) => props.onChange({ q })}
        />
      </div>
      <FilterSelect
        label="Status"
        value={search.status}
        options={IDENTITY_USER_STATUSES.map((status) => ({
          value: status,
          label: STATUS_LABELS[status] ?? status,
        }))}
        onChange={(status) => props.onChange({ status: status as UsersSearch['status'] })}
      />
      <FilterSelect
        label="Locked"
        value={search.locked}
        options={[
          { value: 'true', label: 'Locked' },
          { value: 'false', label: 'Not locked' },
        ]}
        onChange={(locked) => props.onChange({ locked: locked as UsersSearch['locked'] })}
      />
      <FilterSelect
        label="Enabled"
        value={search.enabled}
        options={[
          { value: 'true', label: 'Enabled' },
          { value: 'false', label: 'Disabled' },
        ]}
        onChange={(enabled) => props.onChange({ enabled: enabled as UsersSearch['enabled'] })}
      />
    </div>
  )
}
