import type { IdentityUserFilterQuery } from '@contract/identity-users'
import { useMutation } from '@tanstack/react-query'
import { Download } from 'lucide-react'
import { toast } from 'sonner'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { downloadUsersCsv } from '../api/identity-user-queries'

/** Every user matching the current filters and sort, across all pages, as CSV. */
export function ExportUsersButton(props: { tenant: string; filters: IdentityUserFilterQuery }) {
  const download = useMutation({
    mutationFn: () => downloadUsersCsv(props.tenant, props.filters),
    onSuccess: (filename) => toast.success(`Downloaded ${filename}.`),
    onError: (error) => toast.error(error.message),
  })
  return (
    <Button variant="outline" disabled={download.isPending} onClick={() => download.mutate()}>
      {download.isPending ? <Spinner aria-label="Exporting" /> : <Download aria-hidden />}
      Export CSV
    </Button>
  )
}
