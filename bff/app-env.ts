import type { SecureHeadersVariables } from 'hono/secure-headers'
import type { RoleGrant } from '../contract/roles'
import type { Config } from './config'
import type { Logger } from './logger'
import type { Store } from './store/database'

/** What every route can reach: configuration, store, clock and log. */
export interface Deps {
  config: Config
  db: Store
  log: Logger
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
}

export type AppEnv = {
  Variables: SecureHeadersVariables & {
    deps: Deps
    requestId: string
    session: SignedInSession | null
  }
}
