import type { OrgTab } from '../organization-tabs'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from '@tanstack/react-router'
import { ArrowLeft, Pencil, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { ConfirmWithReasonDialog } from '@/components/confirm-with-reason-dialog'
import { DataTableError } from '@/components/data-table/data-table-error'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs'
import { deleteOrganization, organizationQueryOptions, organizationsKey } from '../api/organization-queries'
import { AdministratorsPanel } from './administrators-panel'
import { MembersPanel } from './members-panel'
import { OrganizationFormDialog } from './organization-form-dialog'
import { PermissionsPanel } from './permissions-panel'
import { RolesPanel } from './roles-panel'


export function OrganizationDetailScreen(props: { tenant: string; orgId: string; canWrite: boolean; tab: OrgTab; onTabChange: (tab: OrgTab) => void }) {
  const { tenant, orgId, canWrite } = props
  const organization = useQuery(organizationQueryOptions(tenant, orgId))
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null)
  const data = organization.data

  return (
    <>
      <Button variant="ghost" size="sm" asChild className="mb-2 -ml-2">
        <Link to="/t/$tenant/identity/organizations" params={{ tenant }}>
          <ArrowLeft aria-hidden />
          All organizations
        </Link>
      </Button>
      <PageHeader
        area="Identity · Organization"
        title={data?.name ?? 'Organization'}
        description={data?.description ?? undefined}
        actions={
          canWrite &&
          data && (
            <>
              <Button variant="outline" onClick={() => setOpen('edit')}>
                <Pencil aria-hidden />
                Edit
              </Button>
              <Button variant="destructive" onClick={() => setOpen('delete')}>
                <Trash2 aria-hidden />
                Delete
              </Button>
            </>
          )
        }
      />
      {organization.error ? (
        <DataTableError error={organization.error} onRetry={() => void organization.refetch()} />
      ) : !data ? (
        <Skeleton className="h-48 w-full" />
      ) : (
        <Tabs value={props.tab} onValueChange={(tab) => props.onTabChange(tab as OrgTab)}>
          <TabsList>
            <TabsTrigger value="members">Members</TabsTrigger>
            <TabsTrigger value="administrators">Administrators</TabsTrigger>
            <TabsTrigger value="permissions">Permissions</TabsTrigger>
            <TabsTrigger value="roles">Roles</TabsTrigger>
          </TabsList>
          <TabsContent value="members" className="pt-4">
            <MembersPanel tenant={tenant} organization={data} canWrite={canWrite} />
          </TabsContent>
          <TabsContent value="administrators" className="pt-4">
            <AdministratorsPanel tenant={tenant} organization={data} canWrite={canWrite} />
          </TabsContent>
          <TabsContent value="permissions" className="pt-4">
            <PermissionsPanel tenant={tenant} organization={data} canWrite={canWrite} />
          </TabsContent>
          <TabsContent value="roles" className="pt-4">
            <RolesPanel tenant={tenant} organization={data} />
          </TabsContent>
        </Tabs>
      )}
      {open === 'edit' && data && (
        <OrganizationFormDialog
          tenant={tenant}
          organization={data}
          onClose={() => setOpen(null)}
          onSaved={(saved) => queryClient.setQueryData(organizationQueryOptions(tenant, orgId).queryKey, saved)}
        />
      )}
      {open === 'delete' && data && (
        <ConfirmWithReasonDialog
          title={`Delete ${data.name}?`}
          description="Its members stay in the directory but belong to no organization afterwards. This cannot be undone."
          confirmLabel="Delete organization"
          onConfirm={async (reason) => {
            await deleteOrganization(tenant, orgId, reason)
            queryClient.removeQueries({ queryKey: organizationQueryOptions(tenant, orgId).queryKey })
            await queryClient.invalidateQueries({ queryKey: organizationsKey(tenant) })
            toast.success(`Organization ${data.name} deleted.`)
            await navigate({ to: '/t/$tenant/identity/organizations', params: { tenant } })
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  )
}
