import { AUDIT_PAGE_SIZES, type AuditEntrySummary } from '@contract/audit-log'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { CircleAlert, ShieldCheck } from 'lucide-react'
import { PageHeader } from '@/components/page-header'
import { DataTable } from '@/components/data-table/data-table'
import { ClearFiltersButton } from '@/components/data-table/clear-filters-button'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { tenantsQueryOptions } from '@/lib/tenants'
import { auditLogListQueryOptions } from '../api/audit-log-queries'
import { useVerifyChain } from '../api/use-verify-chain'
import {
  AUDIT_LOG_FILTER_KEYS,
  auditLogFilters,
  auditLogListRequest,
  auditLogRangeProblem,
  auditLogSearchForTable,
  auditLogTableState,
  hasFilters,
  type AuditLogSearch,
} from '../audit-log-search'
import { AUDIT_LOG_COLUMNS } from './audit-log-columns'
import { AuditLogFilters } from './audit-log-filters'
import { ChainVerificationAlert } from './chain-verification-alert'
import { ExportCsvButton } from './export-csv-button'

const entryId = (entry: AuditEntrySummary) => String(entry.seq)
const NO_FILTERS = Object.fromEntries(AUDIT_LOG_FILTER_KEYS.map((key) => [key, undefined])) as Partial<AuditLogSearch>

export interface AuditLogScreenProps {
  search: AuditLogSearch
  /** Writes a change to the URL; `replace` for changes made while typing, so Back skips them. */
  onSearchChange: (change: Partial<AuditLogSearch>, options?: { replace?: boolean }) => void
  canExport: boolean
}

export function AuditLogScreen({ search, onSearchChange, canExport }: AuditLogScreenProps) {
  const rangeProblem = auditLogRangeProblem(search)
  const list = useQuery({ ...auditLogListQueryOptions(auditLogListRequest(search)), placeholderData: keepPreviousData, enabled: !rangeProblem })
  const tenants = useQuery(tenantsQueryOptions())
  const verify = useVerifyChain()
  const filtered = hasFilters(search)
  const clearFilters = () => onSearchChange({ ...NO_FILTERS, page: undefined })

  return (
    // On wide screens the page is exactly one viewport tall and the rows scroll under a sticky
    // header, so filters and paging stay in view; narrow screens scroll as a whole.
    <div className="flex flex-col lg:h-[calc(100dvh-6.5rem)] lg:min-h-[40rem]">
      <PageHeader
        area="Console"
        title="Audit log"
        description="Every sign-in and change made through the console, hash-chained so that tampering shows."
        actions={
          <>
            <Button variant="outline" disabled={verify.isPending} onClick={() => verify.mutate()}>
              {verify.isPending ? <Spinner aria-label="Verifying" /> : <ShieldCheck aria-hidden />}
              Verify chain
            </Button>
            {canExport && <ExportCsvButton filters={auditLogFilters(search)} />}
          </>
        }
      />
      {verify.data && <ChainVerificationAlert verification={verify.data} checkedAt={verify.submittedAt} onDismiss={() => verify.reset()} />}
      {verify.error && (
        <Alert variant="destructive" className="mb-4">
          <CircleAlert aria-hidden />
          <AlertTitle>The chain could not be verified</AlertTitle>
          <AlertDescription>{verify.error.message}</AlertDescription>
        </Alert>
      )}
      <AuditLogFilters
        search={search}
        tenants={tenants.data?.items ?? []}
        onChange={(change) => onSearchChange({ ...change, page: undefined }, { replace: true })}
      />
      <DataTable
        label="Audit log entries"
        className="lg:flex-1"
        scrollAreaClassName="lg:max-h-none"
        columns={AUDIT_LOG_COLUMNS}
        {...queryTableProps(list, { problem: rangeProblem })}
        getRowId={entryId}
        state={auditLogTableState(search)}
        onStateChange={(change) => onSearchChange(auditLogSearchForTable(change))}
        pageSizes={AUDIT_PAGE_SIZES}
        toolbar={
          filtered && (
            <ClearFiltersButton place="toolbar" onClear={clearFilters} />
          )
        }
        empty={
          filtered ? (
            <div className="flex flex-col items-center gap-3">
              <p className="text-muted-foreground">No entries match these filters.</p>
              <ClearFiltersButton place="empty" onClear={clearFilters} />
            </div>
          ) : (
            <p className="text-muted-foreground">The audit log has no entries yet.</p>
          )
        }
      />
    </div>
  )
}
