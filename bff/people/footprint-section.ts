import type { FootprintSection } from '../../contract/people'
import { can, type Permission, type RoleGrant } from '../../contract/roles'
import { ApiError } from '../http/api-error'

/** Whether a vendor was reachable for this tenant: a tenant without that connection answers 404 from the registry. */
export function isMissingConnection(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && /connection of this tenant/.test(error.message)
}

export interface SectionContext {
  grants: readonly RoleGrant[]
  tenantId: string
}

/**
 * One footprint section, looked up only when the operator's role allows it for this tenant;
 * a missing connection or a vendor failure becomes the section's state, never the page's error.
 */
export async function footprintSection<T>(
  context: SectionContext,
  permission: Permission,
  matchedOn: string,
  lookUp: () => Promise<T[]>,
): Promise<FootprintSection<T>> {
  if (!can(context.grants, context.tenantId, permission)) {
    return { state: 'forbidden', matchedOn, message: `Your role for this tenant does not include ${permission}.`, items: [] }
  }
  try {
    const items = await lookUp()
    return { state: items.length > 0 ? 'found' : 'none', matchedOn, message: items.length > 0 ? null : 'Nothing matched.', items }
  } catch (error) {
    if (isMissingConnection(error)) return { state: 'not-connected', matchedOn, message: 'This tenant has no connection to this vendor.', items: [] }
    if (error instanceof ApiError) return { state: 'failed', matchedOn, message: error.message, items: [] }
    throw error
  }
}

/** A section that could not be looked up because an earlier match was missing (e.g. sessions of an SWS user that was not found). */
export function skippedSection<T>(matchedOn: string, because: FootprintSection<unknown>): FootprintSection<T> {
  const state = because.state === 'found' ? 'none' : because.state
  const message = because.state === 'none' ? 'No user matched, so there is nothing to look up.' : because.message
  return { state, matchedOn, message, items: [] }
}
