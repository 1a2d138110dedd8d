import type { SecureHeadersVariables } from 'hono/secure-headers'
import type { RoleGrant } from '../contract/roles'
import type { Config } from './config'
import type { Logger } from './logger'
import type { VendorRegistry } from './connections/vendor-registry'
import type { ImportJobRunner } from './imports/import-job-runner'
import type { Sealer } from './security/sealing'
import type { Store } from './store/database'

/** What every route can reach: configuration, store, clock and log. */
export interface Deps {
  config: Config
  db: Store
  log: Logger
  /** Seals secrets at rest (TOTP secrets, vendor credentials). */
  sealer: Sealer
  /** The vendor adapters of every tenant connection, built on first use. */
  vendors: VendorRegistry
  /** Runs Identity CSV import jobs in the background, resuming them after a restart. */
  imports: ImportJobRunner
  /** Injected so tests can move time (session timeouts, sign-in throttling). */
  now: () => Date
}

export interface SignedInSession {
  idHash: string
  operatorId: string
  username: string
  displayName: string
  grants: RoleGrant[]
  createdAt: Date
  reauthAt: Date | null
  mfaEnabled: boolean
  /** Admins outside demo mode must enrol TOTP before they can do anything else. */
  mfaEnrolmentRequired: boolean
}

export type AppEnv = {
  Variables: SecureHeadersVariables & {
    deps: Deps
    requestId: string
    session: SignedInSession | null
  }
}
