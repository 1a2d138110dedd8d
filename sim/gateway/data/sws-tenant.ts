// Fixed facts of the simulated Remote Access / Secure Web Sessions tenant (same for every seed).

/** Remote Access tenant ids are 32 lower-case hex characters. */
export const SWS_TENANT_ID = '0123456789abcdef0123456789abcdef'

export const SWS_SERVICE_ACCOUNT_ROLES = ['Administrator', 'Auditor', 'Viewer'] as const
export type SwsServiceAccountRole = (typeof SWS_SERVICE_ACCOUNT_ROLES)[number]

/** A client-secret service account; `role` null is a Remote Access account with no SWS role. */
export interface SwsClientSecretServiceAccount {
  readonly clientId: string
  readonly clientSecret: string
  readonly role: SwsServiceAccountRole | null
}

/** Client-secret service account of the demo tenant. */
export const SWS_DEMO_SERVICE_ACCOUNT: SwsClientSecretServiceAccount = {
  clientId: 'demo-sws',
  clientSecret: 'demo-secret',
  role: 'Administrator',
}

/** Every client-secret account of the demo tenant: one per SWS role, and one without an SWS role. */
export const SWS_CLIENT_SECRET_SERVICE_ACCOUNTS: readonly SwsClientSecretServiceAccount[] = [
  SWS_DEMO_SERVICE_ACCOUNT,
  { clientId: 'demo-sws-auditor', clientSecret: 'demo-secret', role: 'Auditor' },
  { clientId: 'demo-sws-viewer', clientSecret: 'demo-secret', role: 'Viewer' },
  { clientId: 'demo-ra-only', clientSecret: 'demo-secret', role: null },
]

/** Private-key JWT service account; its key pair is generated into the data folder by the gateway. */
export const SWS_DEMO_JWT_SERVICE_ACCOUNT: { readonly serviceAccountId: string; readonly role: SwsServiceAccountRole } = {
  serviceAccountId: '7d3f9a2e-4c1b-4e8f-a6d5-2b9c0e1f3a47',
  role: 'Administrator',
}

export const SWS_SECURITY_LAYERS = ['SessionProtection', 'ContinuousAuthentication', 'StepRecording', 'SessionControl'] as const
export type SwsSecurityLayer = (typeof SWS_SECURITY_LAYERS)[number]
