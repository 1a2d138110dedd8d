import type { SwsServiceAccountRole } from '../data/sws-tenant'

// What an SWS service account may call, by role: Administrator everything; Viewer reads only;
// Auditor reads activities only; an account without an SWS role nothing.

const ACTIVITIES_PATHS = new Set(['/v2-edge/sws/activities', '/v2-edge/sws/activities/'])

export function roleMayCall(role: SwsServiceAccountRole | null, method: string, path: string): boolean {
  const reads = method === 'GET' || method === 'HEAD'
  switch (role) {
    case 'Administrator':
      return true
    case 'Viewer':
      return reads
    case 'Auditor':
      return reads && ACTIVITIES_PATHS.has(path)
    default:
      return false
  }
}
