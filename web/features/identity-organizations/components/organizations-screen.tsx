import { Plus } from 'lucide-react'
import { useState } from 'react'
import { PageHeader } from '@/components/page-header'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { Button } from '@/components/ui/button'
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs'
import type { OrganizationsSearch } from '../organizations-search'
import { OrganizationFormDialog } from './organization-form-dialog'
import { OrganizationsTable } from './organizations-table'
import { ScimGroupsTable } from './scim-groups-table'

export interface OrganizationsScreenProps {
  tenant: string
  canWrite: boolean
  search: OrganizationsSearch
  onSearchChange: (change: Partial<OrganizationsSearch>, options?: { replace?: boolean }) => void
  onCreated: (orgId: string) => void
}

export function OrganizationsScreen({ tenant, canWrite, search, onSearchChange, onCreated }: OrganizationsScreenProps) {
  const [creating, setCreating] = useState(false)
  const view = search.view ?? 'organizations'
  const filter = (
    <DebouncedFilterInput
      value={search.q}
      onCommit={(q) => onSearchChange({ q, page: undefined }, { replace: true })}
      placeholder={view === 'organizations' ? 'Search name or description' : 'Search display name'}
      aria-label={view === 'organizations' ? 'Search organizations' : 'Search SCIM groups'}
      className="w-72"
    />
  )
  return (
    <>
      <PageHeader
        area="Identity"
        title="Organizations"
        description="Organizations with their members, administrators, rights and roles; and the tenant's SCIM groups."
        actions={
          canWrite &&
          view === 'organizations' && (
            <Button onClick={() => setCreating(true)}>
              <Plus aria-hidden />
              New organization
            </Button>
          )
        }
      />
      <Tabs value={view} onValueChange={(next) => onSearchChange({ view: next === 'scim-groups' ? 'scim-groups' : undefined, q: undefined, page: undefined, sort: undefined })}>
        <TabsList>
          <TabsTrigger value="organizations">Organizations</TabsTrigger>
          <TabsTrigger value="scim-groups">SCIM groups</TabsTrigger>
        </TabsList>
        <TabsContent value="organizations" className="pt-3">
          {view === 'organizations' && <OrganizationsTable tenant={tenant} search={search} onSearchChange={onSearchChange} toolbar={filter} />}
        </TabsContent>
        <TabsContent value="scim-groups" className="pt-3">
          {view === 'scim-groups' && <ScimGroupsTable tenant={tenant} canDelete={canWrite} search={search} onSearchChange={onSearchChange} toolbar={filter} />}
        </TabsContent>
      </Tabs>
      {creating && <OrganizationFormDialog tenant={tenant} onClose={() => setCreating(false)} onSaved={(organization) => onCreated(organization.id)} />}
    </>
  )
}
