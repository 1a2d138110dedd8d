import type { OrganizationListRequest, ScimGroupListRequest } from '@contract/identity-organizations'
import { ORG_PAGE_SIZES } from '@contract/identity-organizations-search'
import { searchOneOf, searchPage, searchText } from '@/components/data-table/table-search-params'

export const ORG_VIEWS = ['organizations', 'scim-groups'] as const
export type OrganizationsView = (typeof ORG_VIEWS)[number]

/** The organizations screen's URL: which list, its search, page, size and order. */
export interface OrganizationsSearch {
  view?: OrganizationsView
  q?: string
  page?: number
  pageSize?: (typeof ORG_PAGE_SIZES)[number]
  sort?: '-name'
}

export function validateOrganizationsSearch(raw: Record<string, unknown>): OrganizationsSearch {
  return {
    view: searchOneOf(raw.view, ['scim-groups'] as const),
    q: searchText(raw.q, 200),
    page: searchPage(raw.page),
    pageSize: searchOneOf(raw.pageSize, ORG_PAGE_SIZES),
    sort: searchOneOf(raw.sort, ['-name'] as const),
  }
}

export function organizationListRequest(search: OrganizationsSearch): OrganizationListRequest {
  return {
    ...(search.q ? { q: search.q } : {}),
    page: String(search.page ?? 1),
    pageSize: String(search.pageSize ?? 25) as '25',
    sort: search.sort ?? 'name',
  }
}

export function scimGroupListRequest(search: OrganizationsSearch): ScimGroupListRequest {
  return { ...(search.q ? { q: search.q } : {}), page: String(search.page ?? 1), pageSize: String(search.pageSize ?? 25) as '25' }
}
