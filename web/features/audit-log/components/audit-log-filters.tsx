import { FilterField } from '@/components/filter-field'
import { AUDIT_ACTIONS, AUDIT_RESULTS } from '@contract/audit-log'
import { Search } from 'lucide-react'
import { useId } from 'react'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { fromLocalInputValue, toLocalInputValue } from '@/lib/local-datetime'
import { useTimeDisplay } from '@/lib/time-display'
import { AUDIT_ACTION_LABELS, AUDIT_RESULT_LABELS } from '../audit-action-labels'
import { auditLogRangeProblem, type AuditLogFilterKey, type AuditLogSearch } from '../audit-log-search'

/** Radix Select has no empty value; this stands for "no filter". */
const ANY = '__any__'

export interface AuditLogFiltersProps {
  search: AuditLogSearch
  /** Tenants to offer; a tenant in the URL that is not among them is offered too. */
  tenants: ReadonlyArray<{ id: string; name: string }>
  onChange: (change: Partial<Pick<AuditLogSearch, AuditLogFilterKey>>) => void
}

/** The audit log's filters. Every one lives in the URL; text waits for a pause in typing. */
export function AuditLogFilters({ search, tenants, onChange }: AuditLogFiltersProps) {
  const ids = { q: useId(), actor: useId(), action: useId(), result: useId(), tenant: useId(), from: useId(), to: useId(), rangeError: useId() }
  const rangeInvalid = auditLogRangeProblem(search) !== null
  // From/To show and read times in the chosen zone: follow a switch.
  useTimeDisplay()
  const tenantOptions = search.tenant && !tenants.some((tenant) => tenant.id === search.tenant) ? [...tenants, { id: search.tenant, name: search.tenant }] : tenants

  return (
    <section aria-label="Filters" className="bg-card mb-4 rounded-lg border p-3 sm:p-4">
      <div className="grid grid-cols-2 gap-x-3 gap-y-3 sm:gap-x-4 lg:grid-cols-4">
        <FilterField id={ids.q} label="Target or reason" className="col-span-2">
          <div className="relative">
            <Search className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" aria-hidden />
            <DebouncedFilterInput
              id={ids.q}
              type="search"
              placeholder="Search targets and reasons"
              className="pl-8"
              value={search.q}
              onCommit={(q) => onChange({ q })}
            />
          </div>
        </FilterField>
        <FilterField id={ids.actor} label="Actor">
          <DebouncedFilterInput id={ids.actor} placeholder="Username" autoComplete="off" value={search.actor} onCommit={(actor) => onChange({ actor })} />
        </FilterField>
        <FilterField id={ids.action} label="Action">
          <Select value={search.action ?? ANY} onValueChange={(value) => onChange({ action: value === ANY ? undefined : (value as AuditLogSearch['action']) })}>
            <SelectTrigger id={ids.action} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>Any action</SelectItem>
              {AUDIT_ACTIONS.map((action) => (
                <SelectItem key={action} value={action}>
                  {AUDIT_ACTION_LABELS[action]}
                  <code className="text-muted-foreground text-xs">{action}</code>
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </FilterField>
        <FilterField id={ids.result} label="Result">
          <Select value={search.result ?? ANY} onValueChange={(value) => onChange({ result: value === ANY ? undefined : (value as AuditLogSearch['result']) })}>
            <SelectTrigger id={ids.result} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>Any result</SelectItem>
              {AUDIT_RESULTS.map((result) => (
                <SelectItem key={result} value={result}>
                  {AUDIT_RESULT_LABELS[result]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </FilterField>
        <FilterField id={ids.tenant} label="Tenant">
          <Select value={search.tenant ?? ANY} onValueChange={(value) => onChange({ tenant: value === ANY ? undefined : value })}>
            <SelectTrigger id={ids.tenant} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>Any tenant</SelectItem>
              {tenantOptions.map((tenant) => (
                <SelectItem key={tenant.id} value={tenant.id}>
                  {tenant.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </FilterField>
        <FilterField id={ids.from} label="From" className="col-span-2 sm:col-span-1">
          <DebouncedFilterInput
            id={ids.from}
            type="datetime-local"
            value={toLocalInputValue(search.from) || undefined}
            onCommit={(value) => onChange({ from: value ? fromLocalInputValue(value) : undefined })}
          />
        </FilterField>
        <FilterField id={ids.to} label="To" className="col-span-2 sm:col-span-1">
          <DebouncedFilterInput
            id={ids.to}
            type="datetime-local"
            aria-invalid={rangeInvalid || undefined}
            aria-describedby={rangeInvalid ? ids.rangeError : undefined}
            value={toLocalInputValue(search.to) || undefined}
            onCommit={(value) => onChange({ to: value ? fromLocalInputValue(value) : undefined })}
          />
          {rangeInvalid && (
            <p id={ids.rangeError} className="text-destructive text-sm">
              “To” is before “From”.
            </p>
          )}
        </FilterField>
      </div>
    </section>
  )
}

