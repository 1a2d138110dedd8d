import type { ImportPreview, ImportRowInput } from '@contract/identity-imports'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { FileUp, Upload } from 'lucide-react'
import { useId, useState } from 'react'
import { FormErrorAlert } from '@/components/form-error-alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Field, FieldDescription, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'
import { Switch } from '@/components/ui/switch'
import { Textarea } from '@/components/ui/textarea'
import { importsKey, previewImport, startImport } from '../api/import-queries'
import { parseImportCsv } from '../import-csv'
import { ImportPreviewPanel } from './import-preview-panel'

interface Checked {
  fileName: string
  rows: ImportRowInput[]
  preview: ImportPreview
}

/**
 * Choose a file → it is parsed here and every row is checked by the BFF (nothing is created) →
 * the operator sees each problem, then starts the import, which runs on the server.
 */
export function NewImportCard({ tenant }: { tenant: string }) {
  const ids = { file: useId(), invite: useId(), reason: useId() }
  const [fileProblem, setFileProblem] = useState<string | null>(null)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [sendInvite, setSendInvite] = useState(false)
  const [reason, setReason] = useState('')
  const navigate = useNavigate()
  const queryClient = useQueryClient()

  const check = useMutation({
    mutationFn: async ({ fileName, rows }: { fileName: string; rows: ImportRowInput[] }) => ({ fileName, rows, preview: await previewImport(tenant, rows) }),
    onSuccess: setChecked,
  })
  const start = useMutation({
    mutationFn: (input: Checked) => startImport(tenant, { fileName: input.fileName, rows: input.rows, sendInvite, reason }),
    onSuccess: async (job) => {
      await queryClient.invalidateQueries({ queryKey: importsKey(tenant) })
      await navigate({ to: '/t/$tenant/identity/imports/$jobId', params: { tenant, jobId: job.id } })
    },
  })

  const onFile = async (file: File | undefined) => {
    setFileProblem(null)
    setChecked(null)
    check.reset()
    start.reset()
    if (!file) return
    const parsed = parseImportCsv(await file.text())
    if (!parsed.ok) setFileProblem(parsed.problem)
    else check.mutate({ fileName: file.name, rows: parsed.rows })
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>New import</CardTitle>
        <CardDescription>
          One user per row. Every row is checked before anything is sent; the import then runs on the server, so you can leave this page and come back.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <Field>
          <FieldLabel htmlFor={ids.file}>CSV file</FieldLabel>
          <Input
            id={ids.file}
            type="file"
            accept=".csv,text/csv"
            className="max-w-md cursor-pointer"
            disabled={check.isPending || start.isPending}
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
          <FieldDescription>Columns as in the template: username and email are required. At most 10,000 rows.</FieldDescription>
        </Field>
        <FormErrorAlert message={fileProblem ?? check.error?.message} />
        {check.isPending && (
          <p className="text-muted-foreground flex items-center gap-2 text-sm" role="status">
            <Spinner aria-hidden /> Checking every row…
          </p>
        )}
        {checked && (
          <>
            <ImportPreviewPanel preview={checked.preview} />
            <form
              className="space-y-4"
              noValidate
              onSubmit={(event) => {
                event.preventDefault()
                start.mutate(checked)
              }}
            >
              <div className="flex items-center gap-3">
                <Switch id={ids.invite} checked={sendInvite} onCheckedChange={setSendInvite} />
                <FieldLabel htmlFor={ids.invite}>Send each new user an invitation e-mail</FieldLabel>
              </div>
              <Field>
                <FieldLabel htmlFor={ids.reason}>Reason or ticket (optional)</FieldLabel>
                <Textarea id={ids.reason} rows={2} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} placeholder="e.g. CHG-1234 — why these users are created" />
                <FieldDescription>Recorded in the audit log with the import.</FieldDescription>
              </Field>
              <FormErrorAlert message={start.error?.message} />
              <Button type="submit" disabled={start.isPending || checked.preview.valid === 0}>
                {start.isPending ? <Spinner aria-hidden /> : <Upload aria-hidden />}
                Import {checked.preview.valid.toLocaleString()} {checked.preview.valid === 1 ? 'user' : 'users'}
              </Button>
            </form>
          </>
        )}
        {!checked && !check.isPending && !fileProblem && (
          <p className="text-muted-foreground flex items-center gap-2 text-sm">
            <FileUp aria-hidden className="size-4" /> Choose a file to check it.
          </p>
        )}
      </CardContent>
    </Card>
  )
}
