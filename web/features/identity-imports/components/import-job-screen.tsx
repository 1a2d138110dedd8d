import { can } from '@contract/roles'
import type { SessionInfo } from '@contract/auth'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ArrowLeft, CircleAlert, Download, OctagonX } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { ConfirmWithReasonDialog } from '@/components/confirm-with-reason-dialog'
import { PageHeader } from '@/components/page-header'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent } from '@/components/ui/card'
import { Progress } from '@/components/ui/progress'
import { Skeleton } from '@/components/ui/skeleton'
import { DataTableError } from '@/components/data-table/data-table-error'
import { DateTime } from '@/components/date-time'
import { formatDateTime } from '@/lib/format-time'
import { useTimeDisplay } from '@/lib/time-display'
import { cancelImport, importJobQueryOptions, importReportUrl, importsKey } from '../api/import-queries'
import { ImportRowsTable, type ImportRowsView } from './import-rows-table'
import { ImportJobStatusBadge } from './import-status-badges'

export interface ImportJobScreenProps {
  tenant: string
  jobId: string
  session: SessionInfo
  view: ImportRowsView
  onViewChange: (change: Partial<ImportRowsView>) => void
}

function Count({ label, value, className }: { label: string; value: number; className?: string }) {
  return (
    <div className="min-w-28">
      <dt className="text-muted-foreground text-sm">{label}</dt>
      <dd className={`text-2xl font-semibold tabular-nums ${className ?? ''}`}>{value.toLocaleString()}</dd>
    </div>
  )
}

/** One import: its progress while it runs (polled), then the outcome of every row. */
export function ImportJobScreen({ tenant, jobId, session, view, onViewChange }: ImportJobScreenProps) {
  const job = useQuery(importJobQueryOptions(tenant, jobId))
  useTimeDisplay() // the description names the start time in the chosen zone
  const queryClient = useQueryClient()
  const [cancelling, setCancelling] = useState(false)
  const data = job.data
  const running = !data || data.finishedAt === null
  const done = data ? data.total - data.remaining : 0

  return (
    <>
      <Button variant="ghost" size="sm" asChild className="mb-2 -ml-2">
        <Link to="/t/$tenant/identity/imports" params={{ tenant }}>
          <ArrowLeft aria-hidden />
          All imports
        </Link>
      </Button>
      <PageHeader
        area="Identity · Import"
        title={data?.fileName ?? 'Import'}
        description={data ? `Started ${formatDateTime(data.createdAt)} by ${data.createdBy}${data.sendInvite ? ', with invitation e-mails' : ''}.` : undefined}
        actions={
          data && (
            <>
              <Button variant="outline" asChild>
                <a href={importReportUrl(tenant, jobId)} download>
                  <Download aria-hidden />
                  Download report
                </a>
              </Button>
              {data.status === 'running' && can(session.operator.grants, tenant, 'identity.users.write') && (
                <Button variant="destructive" onClick={() => setCancelling(true)}>
                  <OctagonX aria-hidden />
                  Cancel import
                </Button>
              )}
            </>
          )
        }
      />
      {job.error && !data ? (
        <DataTableError error={job.error} onRetry={() => void job.refetch()} />
      ) : (
        <div className="space-y-6">
          <Card>
            <CardContent className="space-y-4">
              {data ? (
                <>
                  <div className="flex flex-wrap items-center justify-between gap-3">
                    <ImportJobStatusBadge job={data} />
                    <p className="text-muted-foreground text-sm tabular-nums" aria-live="polite">
                      {done.toLocaleString()} of {data.total.toLocaleString()} rows done
                      {data.finishedAt && (
                        <>
                          {' '}
                          · finished <DateTime value={data.finishedAt} />
                        </>
                      )}
                    </p>
                  </div>
                  <Progress value={done} max={data.total} label="Rows done" />
                  <dl className="flex flex-wrap gap-x-10 gap-y-3">
                    <Count label="Created" value={data.created} className="text-success" />
                    <Count label="Rejected" value={data.rejected} className={data.rejected > 0 ? 'text-destructive' : ''} />
                    {data.cancelled > 0 && <Count label="Cancelled" value={data.cancelled} />}
                    <Count label="Not done yet" value={data.remaining} />
                  </dl>
                  {data.waitingReason && (
                    <Alert variant="warning">
                      <CircleAlert aria-hidden />
                      <AlertTitle>Waiting for Identity</AlertTitle>
                      <AlertDescription>{data.waitingReason} No row is lost: rows not done yet are sent when Identity answers again.</AlertDescription>
                    </Alert>
                  )}
                </>
              ) : (
                <Skeleton className="h-24 w-full" />
              )}
            </CardContent>
          </Card>
          <section aria-labelledby="import-report" className="space-y-3">
            <h2 id="import-report" className="text-lg font-semibold">
              Report
            </h2>
            <ImportRowsTable tenant={tenant} jobId={jobId} running={running} view={view} onViewChange={onViewChange} />
          </section>
        </div>
      )}
      {cancelling && data && (
        <ConfirmWithReasonDialog
          title="Cancel this import?"
          description={`Rows not sent yet (${data.remaining.toLocaleString()}) are not created. Users created so far stay.`}
          confirmLabel="Cancel import"
          onConfirm={async (reason) => {
            await cancelImport(tenant, jobId, reason)
            await queryClient.invalidateQueries({ queryKey: importsKey(tenant) })
            toast.success('The import is being cancelled.')
          }}
          onClose={() => setCancelling(false)}
        />
      )}
    </>
  )
}
