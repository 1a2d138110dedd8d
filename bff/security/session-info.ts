import type { SessionInfo } from '../../contract/auth'
import type { Config } from '../config'
import type { SignedInSession } from '../app-env'

/** The signed-in operator as the SPA sees it (GET /api/auth/session, sign-in, and the page's boot data). */
export function sessionInfo(config: Config, session: SignedInSession): SessionInfo {
  return {
    operator: { id: session.operatorId, username: session.username, displayName: session.displayName, grants: session.grants },
    demo: config.demo,
    expiresAt: session.createdAt.getTime() + config.session.absoluteMs,
    idleTimeoutSeconds: Math.round(config.session.idleMs / 1000),
    mfaEnabled: session.mfaEnabled,
    mfaEnrolmentRequired: session.mfaEnrolmentRequired,
  }
}
