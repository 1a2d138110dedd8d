import { z } from 'zod/mini'
import { optionalReasonSchema, requiredReasonSchema } from './reason'

export const VENDORS = ['identity', 'sws', 'sps'] as const
export type Vendor = (typeof VENDORS)[number]

export const VENDOR_LABELS: Record<Vendor, string> = {
  identity: 'CyberArk Identity',
  sws: 'Remote Access / Secure Web Sessions',
  sps: 'Safeguard for Privileged Sessions',
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/

/**
 * A vendor base URL: https (http only for a loopback host, e.g. the simulators), no credentials,
 * query or fragment — the BFF sends credentials only to the host written here.
 */
export const vendorUrlSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'Enter the address'),
  z.maxLength(2048, 'At most 2048 characters'),
  z.refine((value) => {
    try {
      const url = new URL(value)
      const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname))
      return secure && !url.username && !url.password && !url.search && !url.hash
    } catch {
      return false
    }
  }, 'Use an https:// address (http:// only for localhost), without credentials, query or fragment'),
)

/** The vendor notes' Remote Access data centers: api.<suffix> and auth.<suffix>. */
export const SWS_DATA_CENTERS = {
  us: { label: 'US', suffix: 'alero.io' },
  eu: { label: 'EU', suffix: 'alero.eu' },
  ca: { label: 'Canada', suffix: 'ca.alero.io' },
  au: { label: 'Australia', suffix: 'au.alero.io' },
  uk: { label: 'UK', suffix: 'uk.alero.io' },
  in: { label: 'India', suffix: 'in.alero.io' },
  sg: { label: 'Singapore', suffix: 'sg.alero.io' },
} as const
export type SwsDataCenter = keyof typeof SWS_DATA_CENTERS

const secretField = z.optional(z.string().check(z.minLength(1, 'Enter the secret'), z.maxLength(16_384, 'That is too long')))

export const identityConnectionRequestSchema = z.object({
  tenantUrl: vendorUrlSchema,
  clientId: z.string().check(z.trim(), z.minLength(1, 'Enter the service user'), z.maxLength(256)),
  /** Write-only; omit to keep the stored one. */
  clientSecret: secretField,
  reason: optionalReasonSchema,
})
export type IdentityConnectionRequest = z.infer<typeof identityConnectionRequestSchema>

export const swsConnectionRequestSchema = z.object({
  dataCenter: z.nullable(z.enum(Object.keys(SWS_DATA_CENTERS) as [SwsDataCenter, ...SwsDataCenter[]])),
  /** Used when dataCenter is null (e.g. the simulator): the API host; the token realm lives on authBaseUrl. */
  apiBaseUrl: z.nullable(vendorUrlSchema),
  authBaseUrl: z.nullable(vendorUrlSchema),
  pathPrefix: z.string().check(z.trim(), z.regex(/^\/[A-Za-z0-9._-]+$/, 'One path segment, like /v2-edge')),
  tenantId: z.string().check(z.trim(), z.regex(/^[0-9a-f]{32}$/, 'The Remote Access tenant id: 32 lower-case hex characters')),
  auth: z.enum(['client-secret', 'service-account-key']),
  /** The client id, or the service account id of a key file. */
  clientId: z.string().check(z.trim(), z.minLength(1, 'Enter the client or service account id'), z.maxLength(256)),
  /** Write-only: the client secret, or the private key (PEM) of the service account. */
  secret: secretField,
  reason: optionalReasonSchema,
}).check(
  z.refine((value) => value.dataCenter !== null || (value.apiBaseUrl !== null && value.authBaseUrl !== null), {
    message: 'Choose a data center, or give both custom addresses',
    path: ['apiBaseUrl'],
  }),
)
export type SwsConnectionRequest = z.infer<typeof swsConnectionRequestSchema>

export const spsConnectionRequestSchema = z.object({
  applianceUrl: vendorUrlSchema,
  username: z.string().check(z.trim(), z.minLength(1, 'Enter the SPS user'), z.maxLength(256)),
  password: secretField,
  tls: z.enum(['system', 'custom-ca', 'accept-self-signed']),
  caPem: z.nullable(z.string().check(z.maxLength(65_536), z.regex(/^\s*-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/, 'Paste a PEM certificate'))),
  reason: optionalReasonSchema,
}).check(
  z.refine((value) => value.tls !== 'custom-ca' || value.caPem !== null, { message: 'Paste the CA certificate', path: ['caPem'] }),
)
export type SpsConnectionRequest = z.infer<typeof spsConnectionRequestSchema>

export const removeRequestSchema = z.object({ reason: requiredReasonSchema })

/** A connection as the API shows it: its settings, and only whether a secret is set. */
export interface ConnectionView<Config> {
  vendor: Vendor
  config: Config
  secretSet: boolean
  secretUpdatedAt: string | null
  updatedAt: string
}

export type IdentityConnectionConfig = Omit<IdentityConnectionRequest, 'clientSecret' | 'reason'>
export type SwsConnectionConfig = Omit<SwsConnectionRequest, 'secret' | 'reason'>
export type SpsConnectionConfig = Omit<SpsConnectionRequest, 'password' | 'reason'>

export interface TenantConnections {
  tenant: { id: string; name: string }
  identity: ConnectionView<IdentityConnectionConfig> | null
  sws: ConnectionView<SwsConnectionConfig> | null
  sps: ConnectionView<SpsConnectionConfig> | null
}

/** Test connection: authenticate, perform one read; a vendor refusal is a result, in plain words. */
export type ConnectionTestResult = { ok: true; latencyMs: number; detail: string } | { ok: false; code: string; message: string }
