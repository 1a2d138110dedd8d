import type { SimEnv } from '../framework/sim-env'
import type { SpsLoginSession } from './auth/sps-login-sessions'

/** Hono environment of the `/api` routes: the framework's bindings plus the signed-in session. */
export interface SpsEnv {
  Bindings: SimEnv['Bindings']
  Variables: { spsSession: SpsLoginSession }
}
