import type { IssuedToken } from '../../framework/token-registry'
import type { IdentityUser } from '../data/identity-users'

/** Who a request acts as: the user the bearer token was issued to. */
export interface Caller {
  readonly user: IdentityUser
  readonly token: IssuedToken
}
