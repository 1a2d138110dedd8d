import type { IdentityOrganizationMember, IdentityScimGroup } from '../../../contract/identity-organizations'
import { ERROR_CODES } from '../../../contract/errors'
import { VendorApiError, vendorFailure } from '../http/vendor-errors'
import { readJson, type VendorResponse } from '../http/vendor-response'
import type { IdentityClient } from './identity-client'

// Identity's SCIM v2 server (`/scim/v2/…`): groups (the tenant's roles) to list and delete, and
// users read page by page for organization membership, which no Org/* endpoint lists.

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'
const SCIM_PAGE = 1_000

type Json = Record<string, unknown>

/** SCIM's error body `{schemas, status, detail, scimType?}`; its detail is kept only when it parsed as one. */
export function scimBody(response: VendorResponse): unknown {
  const body = readJson(response)
  if (response.status >= 200 && response.status < 300) return body
  const error = typeof body === 'object' && body !== null && 'detail' in body ? (body as { detail?: unknown; scimType?: unknown }) : null
  const detail = typeof error?.detail === 'string' ? error.detail : null
  if (response.status === 404) throw new VendorApiError(404, ERROR_CODES.notFound, `CyberArk Identity: ${detail ?? 'not found.'}`, error ?? undefined)
  if (detail) throw new VendorApiError(response.status === 400 ? 400 : 502, response.status === 400 ? ERROR_CODES.validation : ERROR_CODES.vendor, `CyberArk Identity: ${detail}`, error)
  throw vendorFailure('identity', `answered HTTP ${response.status}.`)
}

const scimText = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

/** The list request for a page of groups whose display name contains `q`. */
export function scimGroupQuery(input: { q?: string | undefined; page: number; pageSize: number }): Record<string, string> {
  return {
    startIndex: String((input.page - 1) * input.pageSize + 1),
    count: String(input.pageSize),
    sortBy: 'displayName',
    ...(input.q ? { filter: `displayName co ${scimText(input.q)}` } : {}),
  }
}

export function toScimGroup(resource: unknown): IdentityScimGroup | null {
  if (typeof resource !== 'object' || resource === null) return null
  const group = resource as Json
  if (typeof group.id !== 'string') return null
  return {
    id: group.id,
    displayName: typeof group.displayName === 'string' ? group.displayName : group.id,
    memberCount: Array.isArray(group.members) ? group.members.length : 0,
  }
}

export function scimListPage(body: unknown): { resources: unknown[]; total: number } {
  const list = typeof body === 'object' && body !== null ? (body as Json) : {}
  const resources = Array.isArray(list.Resources) ? list.Resources : []
  return { resources, total: typeof list.totalResults === 'number' ? list.totalResults : resources.length }
}

export async function listScimGroups(client: IdentityClient, input: { q?: string | undefined; page: number; pageSize: number }, requestId?: string) {
  const body = scimBody(await client.scim({ method: 'GET', path: '/scim/v2/Groups', query: scimGroupQuery(input), ...(requestId ? { requestId } : {}) }))
  const { resources, total } = scimListPage(body)
  return { items: resources.flatMap((resource) => toScimGroup(resource) ?? []), total }
}

export async function readScimGroup(client: IdentityClient, id: string, requestId?: string): Promise<IdentityScimGroup | null> {
  const response = await client.scim({ method: 'GET', path: `/scim/v2/Groups/${encodeURIComponent(id)}`, ...(requestId ? { requestId } : {}) })
  if (response.status === 404) return null
  return toScimGroup(scimBody(response))
}

/** DELETE answers 204; after an unanswered attempt, a 404 on reading the group means it is gone. */
export async function deleteScimGroup(client: IdentityClient, id: string, requestId?: string): Promise<void> {
  const checkApplied = async () => (await readScimGroup(client, id, requestId)) === null
  const response = await client.scim({ method: 'DELETE', path: `/scim/v2/Groups/${encodeURIComponent(id)}`, checkApplied, ...(requestId ? { requestId } : {}) })
  if (response.confirmedByCheck) return
  scimBody(response)
}

/** The member if a SCIM user resource belongs to `organization` (by name, without case). */
export function memberOf(resource: unknown, organization: string): IdentityOrganizationMember | null {
  if (typeof resource !== 'object' || resource === null) return null
  const user = resource as Json
  const enterprise = user[ENTERPRISE]
  const orgName = typeof enterprise === 'object' && enterprise !== null ? (enterprise as Json).organization : undefined
  if (typeof orgName !== 'string' || orgName.toLowerCase() !== organization.toLowerCase()) return null
  if (typeof user.id !== 'string' || typeof user.userName !== 'string') return null
  const emails = Array.isArray(user.emails) ? (user.emails as Json[]) : []
  const email = emails.find((entry) => entry.primary === true) ?? emails[0]
  return {
    id: user.id,
    username: user.userName,
    displayName: typeof user.displayName === 'string' ? user.displayName : null,
    email: typeof email?.value === 'string' ? email.value : null,
  }
}

/**
 * Members of an organization, read from SCIM users a page at a time (Identity has no "members of"
 * query). Stops after `maxUsers` users: `complete` is then false.
 */
export async function organizationMembers(client: IdentityClient, organization: string, maxUsers: number, requestId?: string) {
  const members: IdentityOrganizationMember[] = []
  for (let start = 1; start <= maxUsers; start += SCIM_PAGE) {
    const query = { startIndex: String(start), count: String(SCIM_PAGE), excludedAttributes: 'groups' }
    const body = scimBody(await client.scim({ method: 'GET', path: '/scim/v2/Users', query, ...(requestId ? { requestId } : {}) }))
    const { resources, total } = scimListPage(body)
    members.push(...resources.flatMap((resource) => memberOf(resource, organization) ?? []))
    if (resources.length === 0 || start - 1 + resources.length >= total) return { items: members, complete: true }
  }
  return { items: members, complete: false }
}
