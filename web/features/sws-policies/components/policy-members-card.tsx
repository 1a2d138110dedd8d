import { SWS_MEMBER_LAYER_FILTERS, SWS_MEMBER_TYPES, SWS_POLICY_PAGE_SIZES, type SwsPolicyMember } from '@contract/sws-policies'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { Search } from 'lucide-react'
import { useId, useMemo, useState } from 'react'
import { toast } from 'sonner'
import { DataTable } from '@/components/data-table/data-table'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Label } from '@/components/ui/label'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { setSwsPolicyMemberLayers, swsPoliciesKey, swsPolicyMembersQueryOptions } from '../api/sws-policy-queries'
import { layerLabel } from '../policy-changes'
import { swsPolicyMemberRequest, swsPolicySearchForTable, swsPolicyTableState, type SwsPolicyMemberSearch } from '../sws-policies-search'
import { policyMemberColumns } from './policy-member-columns'
import { SecurityLayersDialog } from './security-layers-dialog'

const ANY = '__any__'
const memberId = (member: SwsPolicyMember) => member.id

export interface PolicyMembersCardProps {
  tenant: string
  policyId: string
  policyName: string
  search: SwsPolicyMemberSearch
  onSearchChange: (change: Partial<SwsPolicyMemberSearch>, options?: { replace?: boolean }) => void
  canWrite: boolean
}

/** The policy's members with their own security layers: searched, filtered and paged by SWS. */
export function PolicyMembersCard(props: PolicyMembersCardProps) {
  const { search, onSearchChange } = props
  const ids = { q: useId(), type: useId(), layer: useId() }
  const queryClient = useQueryClient()
  const list = useQuery({ ...swsPolicyMembersQueryOptions(props.tenant, props.policyId, swsPolicyMemberRequest(search)), placeholderData: keepPreviousData })
  const [editing, setEditing] = useState<SwsPolicyMember | null>(null)
  const columns = useMemo(() => policyMemberColumns(props.canWrite ? setEditing : undefined), [props.canWrite])
  const filter = (change: Partial<SwsPolicyMemberSearch>) => onSearchChange({ ...change, page: undefined }, { replace: true })
  const filtered = search.q !== undefined || search.type !== undefined || search.layer !== undefined

  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Members</h2>
        </CardTitle>
        <CardDescription>Users, groups and roles this policy applies to, each with its own security layers.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <section aria-label="Member filters" className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
          <div className="grid gap-1.5">
            <Label htmlFor={ids.q}>Name</Label>
            <div className="relative">
              <Search className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" aria-hidden />
              <DebouncedFilterInput id={ids.q} type="search" placeholder="Search members (* and ? wildcards)" className="pl-8" value={search.q} onCommit={(q) => filter({ q })} />
            </div>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={ids.type}>Type</Label>
            <Select value={search.type ?? ANY} onValueChange={(value) => filter({ type: value === ANY ? undefined : (value as SwsPolicyMemberSearch['type']) })}>
              <SelectTrigger id={ids.type} className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={ANY}>Any type</SelectItem>
                {SWS_MEMBER_TYPES.map((type) => (
                  <SelectItem key={type} value={type}>
                    {type}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={ids.layer}>Security layer</Label>
            <Select value={search.layer ?? ANY} onValueChange={(value) => filter({ layer: value === ANY ? undefined : (value as SwsPolicyMemberSearch['layer']) })}>
              <SelectTrigger id={ids.layer} className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={ANY}>Any layer</SelectItem>
                {SWS_MEMBER_LAYER_FILTERS.map((layer) => (
                  <SelectItem key={layer} value={layer}>
                    {layer === 'None' ? 'No layers' : layerLabel(layer)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        </section>
        <DataTable
          label="Policy members"
          columns={columns}
          {...queryTableProps(list)}
          getRowId={memberId}
          state={swsPolicyTableState(search)}
          onStateChange={(change) => onSearchChange(swsPolicySearchForTable(change))}
          pageSizes={SWS_POLICY_PAGE_SIZES}
          scrollAreaClassName="max-h-[32rem]"
          empty={<p className="text-muted-foreground">{filtered ? 'No member matches these filters.' : 'This policy has no members.'}</p>}
        />
      </CardContent>
      {editing && (
        <SecurityLayersDialog
          title="Member security layers"
          description={`${editing.type} ${editing.name}, member of ${props.policyName}. These layers apply to this member instead of the policy’s defaults.`}
          changeLabel="Member’s own layers"
          idPrefix="member-layers"
          current={editing.securityLayers}
          save={(request) => setSwsPolicyMemberLayers(props.tenant, props.policyId, editing.id, request)}
          onSaved={async () => {
            await queryClient.invalidateQueries({ queryKey: swsPoliciesKey(props.tenant) })
            toast.success(`Security layers of ${editing.name} saved.`)
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  )
}
