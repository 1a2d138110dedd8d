// Fixed facts of the simulated SPS appliance (same for every seed).

/** Built-in administrator: every privilege, cannot be deleted. */
export const SPS_ADMIN_USER = { name: 'admin', password: 'sps-admin' } as const

/** Read-only demo user: member of the *-view groups, search and changelog only. */
export const SPS_READ_ONLY_USER = { name: 'auditor', password: 'sps-auditor' } as const

export const SPS_APPLIANCE_DOMAIN = 'gatehouse.sim'
export const SPS_APPLIANCE_ADDRESS = { ip: '10.20.0.5', name: `sps.${SPS_APPLIANCE_DOMAIN}` } as const
