import type { IdentityOrganization } from '../data/identity-organizations'
import { REDROCK_TYPE, type RedrockColumnSpec, type RedrockRow } from '../envelope/redrock-result'

// Org/* answers are not documented beyond Create's `Result.ID` (UNSURE, see sim/README.md): an
// organization is shown with the fields Create and Update take, lists as Redrock-style tables
// like the tenant's other lists.

export function organizationView(organization: IdentityOrganization): Record<string, unknown> {
  return { ID: organization.ID, Name: organization.Name, Description: organization.Description }
}

export const ORGANIZATION_COLUMNS: readonly RedrockColumnSpec[] = [
  { name: 'ID', type: REDROCK_TYPE.text },
  { name: 'Name', type: REDROCK_TYPE.text },
  { name: 'Description', type: REDROCK_TYPE.text },
]

export function organizationRow(organization: IdentityOrganization): RedrockRow {
  return { entityType: 'Organization', key: organization.ID, row: organizationView(organization) }
}
