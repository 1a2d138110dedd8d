// Fixed facts of the simulated CyberArk Identity tenant: the same for every seed, so a console's
// connection settings never change when the seed does.

export const IDENTITY_TENANT_SUFFIX = 'gatehouse.sim'
export const IDENTITY_TENANT_ID = 'GHS4101'
/** The Cloud Directory Service (CDS) that holds every user. */
export const IDENTITY_DIRECTORY_SERVICE_UUID = '5e1a7c3d-9b42-4f0e-8c6a-2d7b9e41f0a3'

/** OAuth2 client-credentials service user of the demo tenant (`/oauth2/platformtoken`). */
export const IDENTITY_DEMO_SERVICE_USER = {
  name: `demo-service@${IDENTITY_TENANT_SUFFIX}`,
  secret: 'demo-secret',
} as const

export type ExtDataColumnType = 'Bool' | 'Text' | 'Int' | 'Date' | 'Double'

/** ExtData column definition, named as `/ExtData/GetSchema` names its fields. */
export interface ExtDataColumn {
  readonly Name: string
  readonly Title: string | null
  readonly Description: string | null
  readonly Type: ExtDataColumnType
  readonly UserEditable: boolean
}

/** The tenant's extended user attributes (`/ExtData/GetSchema` with Table "Users"). */
export const IDENTITY_EXTDATA_COLUMNS: readonly ExtDataColumn[] = [
  { Name: 'Termination_Flag', Title: null, Description: 'Set when the person has left the company', Type: 'Bool', UserEditable: true },
  { Name: 'EmployeeId', Title: 'Employee ID', Description: 'HR system identifier', Type: 'Text', UserEditable: false },
  { Name: 'CostCenter', Title: 'Cost center', Description: 'Finance cost center code', Type: 'Text', UserEditable: true },
]
