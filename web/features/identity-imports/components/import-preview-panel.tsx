import { IMPORT_COLUMN_LABELS, type ImportPreview } from '@contract/identity-imports'
import { CircleAlert, CircleCheck } from 'lucide-react'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'

/** Problems shown at once; the report lists every rejected row anyway. */
const SHOWN_ISSUES = 200

/** What the check found: counts, then every problem with its line, column and reason. */
export function ImportPreviewPanel({ preview }: { preview: ImportPreview }) {
  const bad = preview.rows - preview.valid
  const shown = preview.issues.slice(0, SHOWN_ISSUES)
  return (
    <div className="space-y-4">
      {bad === 0 ? (
        <Alert variant="success">
          <CircleCheck aria-hidden />
          <AlertTitle>All {preview.rows.toLocaleString()} rows are ready</AlertTitle>
          <AlertDescription>No problems found; nothing has been sent to Identity yet.</AlertDescription>
        </Alert>
      ) : (
        <Alert variant="warning">
          <CircleAlert aria-hidden />
          <AlertTitle>
            {preview.valid.toLocaleString()} of {preview.rows.toLocaleString()} rows are ready; {bad.toLocaleString()} {bad === 1 ? 'row has' : 'rows have'} problems
          </AlertTitle>
          <AlertDescription>Rows with problems are not sent: they are reported as rejected. Fix the file and choose it again to include them.</AlertDescription>
        </Alert>
      )}
      {shown.length > 0 && (
        <div className="max-h-96 overflow-auto rounded-lg border">
          <Table aria-label="Problems found in the file">
            <TableHeader className="bg-background sticky top-0">
              <TableRow>
                <TableHead className="w-0 text-right">Line</TableHead>
                <TableHead className="w-0">Column</TableHead>
                <TableHead>Problem</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((issue, index) => (
                <TableRow key={`${issue.line}-${index}`}>
                  <TableCell className="text-right tabular-nums">{issue.line}</TableCell>
                  <TableCell>{issue.column ? IMPORT_COLUMN_LABELS[issue.column] : '—'}</TableCell>
                  <TableCell className="break-words whitespace-normal">{issue.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {preview.issues.length > SHOWN_ISSUES && (
        <p className="text-muted-foreground text-sm">
          The first {SHOWN_ISSUES} of {preview.issues.length.toLocaleString()} problems are shown; the import report lists every rejected row.
        </p>
      )}
    </div>
  )
}
