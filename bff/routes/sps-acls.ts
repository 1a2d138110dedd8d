import { Hono } from 'hono'
import type { SpsAclMatrix } from '../../contract/sps-config'
import type { AppEnv } from '../app-env'
import { requirePermission } from '../security/rbac'
import { requireSession } from '../security/sessions'
import { ACLS_PATH, aclMatrix } from '../vendors/sps/sps-acls'

/** /api/t/:tenant/sps/acls — which usergroup holds which privilege; SPS allows no edits over REST. */
export const spsAclRoutes = new Hono<AppEnv>().use(requireSession).get('/', requirePermission('sps.acls.read'), async (c) => {
  const sps = await c.var.deps.vendors.sps(c.req.param('tenant') ?? '')
  return c.json(aclMatrix(await sps.read(ACLS_PATH)) satisfies SpsAclMatrix, 200)
})

export type SpsAclRoutes = typeof spsAclRoutes
