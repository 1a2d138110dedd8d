import { FileDown } from 'lucide-react'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { downloadText, importTemplateCsv } from '../import-csv'
import { ImportJobsTable } from './import-jobs-table'
import { NewImportCard } from './new-import-card'

export function ImportsScreen({ tenant, page, onPageChange }: { tenant: string; page: number; onPageChange: (page: number) => void }) {
  return (
    <>
      <PageHeader
        area="Identity"
        title="Import users"
        description="Create Identity users from a CSV file, with a report of every row's outcome."
        actions={
          <Button variant="outline" onClick={() => downloadText('gatehouse-user-import-template.csv', importTemplateCsv())}>
            <FileDown aria-hidden />
            Download template
          </Button>
        }
      />
      <div className="space-y-8">
        <NewImportCard tenant={tenant} />
        <section aria-labelledby="imports-history" className="space-y-3">
          <h2 id="imports-history" className="text-lg font-semibold">
            Imports
          </h2>
          <ImportJobsTable tenant={tenant} page={page} onPageChange={onPageChange} />
        </section>
      </div>
    </>
  )
}
