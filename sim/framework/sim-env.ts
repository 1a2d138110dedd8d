import type { HttpBindings } from '@hono/node-server'

/**
 * Hono environment of every simulator app. Under @hono/node-server the bindings hold the raw
 * request and response (faults need the socket); under `app.request()` in tests they are absent.
 */
export interface SimEnv {
  Bindings: Partial<HttpBindings>
}

export const SIM_CONTROL_PREFIX = '/__sim'

export function isControlPath(path: string): boolean {
  return path === SIM_CONTROL_PREFIX || path.startsWith(`${SIM_CONTROL_PREFIX}/`)
}
