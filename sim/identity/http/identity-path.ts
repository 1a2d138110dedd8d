import { getPath } from 'hono/utils/url'
import { isControlPath } from '../../framework/sim-env'

// Identity matches paths case-insensitively (clients send /CDirectoryService/GetUser,
// /cdirectoryservice/setuserstate, /OAuth2/PlatformToken…), so routes are registered in lower
// case and the request path is lowered before routing. Ids inside SCIM paths keep their case, and
// /__sim stays as sent: it belongs to the framework.

const SCIM_RESOURCES = new Set(['users', 'groups'])

export function identityRoutingPath(request: Request): string {
  const sent = getPath(request)
  if (isControlPath(sent)) return sent
  // A trailing slash names the same action (`/CDirectoryService/GetUser/`).
  const path = sent.length > 1 && sent.endsWith('/') ? sent.slice(0, -1) : sent
  const segments = path.split('/')
  if (segments[1]?.toLowerCase() !== 'scim') return path.toLowerCase()
  // /scim/Users/<id>, /scim/v2/Groups/<id>: lower everything up to the resource name.
  const resourceAt = segments.findIndex((segment, index) => index > 1 && SCIM_RESOURCES.has(segment.toLowerCase()))
  const lowerUpTo = resourceAt === -1 ? segments.length - 1 : resourceAt
  return segments.map((segment, index) => (index <= lowerUpTo ? segment.toLowerCase() : segment)).join('/')
}
