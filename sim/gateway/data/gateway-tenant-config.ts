import { z } from 'zod'

// Switches that make the simulated tenant behave like another kind of real tenant. They are set
// through the gateway's `/__sim/config`, never through the vendor API, and reset with the data.

export const gatewayTenantConfigSchema = z
  .object({
    /**
     * A tenant whose gateway predates the GetSessions API: `/v2-edge/sws/sessions…` answer 404 as
     * unmapped paths do, while `/v2-edge/sws/recordings…` keep working (for console fallbacks).
     */
    recordingsOnly: z.boolean(),
  })
  .strict()

export type GatewayTenantConfigValues = z.infer<typeof gatewayTenantConfigSchema>

const DEFAULTS: GatewayTenantConfigValues = { recordingsOnly: false }

export class GatewayTenantConfig {
  private values: GatewayTenantConfigValues = { ...DEFAULTS }

  get recordingsOnly(): boolean {
    return this.values.recordingsOnly
  }

  /** Applies the given switches (others keep their value) and returns the whole configuration. */
  update(changes: Partial<GatewayTenantConfigValues>): GatewayTenantConfigValues {
    this.values = { ...this.values, ...changes }
    return this.snapshot()
  }

  snapshot(): GatewayTenantConfigValues {
    return { ...this.values }
  }

  reset(): void {
    this.values = { ...DEFAULTS }
  }
}
