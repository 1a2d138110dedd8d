import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import type { GatewayData } from '../data/gateway-data'
import { gatewayTenantConfigSchema } from '../data/gateway-tenant-config'

// Gateway-only additions to the `/__sim` control surface (no vendor has them):
//   GET /__sim/config                         the tenant switches, e.g. {"recordingsOnly": false}
//   PUT /__sim/config  {"recordingsOnly": true}   change some of them; answers the whole set
// `/__sim/reset` puts them back to their defaults.

export function registerSimConfigRoutes(app: Hono<SimEnv>, data: GatewayData): void {
  app.get('/__sim/config', (c) => c.json(data.tenantConfig.snapshot()))

  app.on(['PUT', 'PATCH'], '/__sim/config', async (c) => {
    let body: unknown
    try {
      body = await c.req.json()
    } catch {
      return c.json({ error: 'body is not JSON' }, 400)
    }
    const parsed = gatewayTenantConfigSchema.partial().safeParse(body)
    if (!parsed.success) return c.json({ error: 'invalid gateway config', issues: parsed.error.issues }, 400)
    return c.json(data.tenantConfig.update(parsed.data))
  })
}
