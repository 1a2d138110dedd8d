import type { AttributeSchema } from '@contract/identity-schema'
import { useQuery } from '@tanstack/react-query'
import { Info, Plus } from 'lucide-react'
import { useState } from 'react'
import { DataTableError } from '@/components/data-table/data-table-error'
import { PageHeader } from '@/components/page-header'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import { attributeSchemaQueryOptions } from '../api/attribute-schema-queries'
import { AddAttributeDialog } from './add-attribute-dialog'
import { AttributesTable } from './attributes-table'

export interface AttributesScreenProps {
  tenant: string
  canWrite: boolean
}

function usage(schema: AttributeSchema): string {
  const count = schema.columns.length
  return schema.columnLimit === null ? `${count} ${count === 1 ? 'attribute' : 'attributes'}` : `${count} of ${schema.columnLimit} attributes`
}

/** The tenant's attribute schema (Identity ExtData, Users): read by anyone who reads users, changed by admins. */
export function AttributesScreen({ tenant, canWrite }: AttributesScreenProps) {
  const schema = useQuery(attributeSchemaQueryOptions(tenant))
  const [adding, setAdding] = useState(false)
  const full = schema.data !== undefined && schema.data.columnLimit !== null && schema.data.columns.length >= schema.data.columnLimit
  return (
    <>
      <PageHeader
        area="Identity"
        title="User attributes"
        description="The extended attributes every user of this tenant has in Identity, beyond the built-in profile. Each user's values are set on their page."
        actions={
          canWrite && (
            <Button onClick={() => setAdding(true)} disabled={!schema.data || full} aria-describedby={full ? 'attribute-limit-note' : undefined}>
              <Plus aria-hidden />
              Add attribute
            </Button>
          )
        }
      />
      <Alert variant="info" className="mb-4">
        <Info aria-hidden />
        <AlertDescription>
          {canWrite
            ? 'Identity keeps every attribute until it is deleted here on purpose: adding or editing one never removes another. Deleting one also deletes every user’s value of it.'
            : 'Read-only: changing the schema is for admins (permission identity.users.write).'}
        </AlertDescription>
      </Alert>
      {schema.error ? (
        <DataTableError error={schema.error} onRetry={() => void schema.refetch()} />
      ) : !schema.data ? (
        <div className="flex flex-col gap-2 rounded-lg border p-3" aria-busy="true" aria-label="Loading user attributes">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} className="h-8 w-full" />
          ))}
        </div>
      ) : (
        <>
          <p className="text-muted-foreground mb-2 text-sm" id="attribute-limit-note">
            {usage(schema.data)}
            {full && ' — the limit Identity allows: delete one before adding another.'}
          </p>
          {schema.data.columns.length === 0 ? (
            <p className="text-muted-foreground rounded-lg border p-6 text-center text-sm">This tenant has no extended user attributes yet.</p>
          ) : (
            <AttributesTable tenant={tenant} columns={schema.data.columns} canWrite={canWrite} />
          )}
        </>
      )}
      {adding && schema.data && <AddAttributeDialog tenant={tenant} schema={schema.data} onClose={() => setAdding(false)} />}
    </>
  )
}
