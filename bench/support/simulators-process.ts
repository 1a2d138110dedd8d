import { startChild, type BenchChild } from './child-process'

export interface SimulatorsProcess {
  child: BenchChild
  identityUrl: string
  gatewayUrl: string
  spsUrl: string
  /** ms from spawn to the "ready" line. */
  readyMs: number
  startedAt: number
}

/**
 * The three simulators in their own process on free ports (port 0), as `npm run sim` runs them,
 * so a benchmark's load generator and the simulators never share an event loop.
 * `node --import tsx` rather than the tsx CLI: one process to time and to stop.
 */
export async function startSimulatorsProcess(profile: 'small' | 'large', timeoutMs = 30_000): Promise<SimulatorsProcess> {
  const startedAt = performance.now()
  const child = startChild(`simulators (${profile})`, process.execPath, [
    '--import',
    'tsx',
    'sim/main.ts',
    '--profile',
    profile,
    '--identity-port',
    '0',
    '--gateway-port',
    '0',
    '--sps-port',
    '0',
  ])
  try {
    // The ready line is followed by one URL line per simulator (identity, gateway, sps).
    const match = await child.waitForOutput(/simulators ready[^\n]*\n[^\n]*?(http:\/\/\S+)\n[^\n]*?(http:\/\/\S+)\n[^\n]*?(http:\/\/\S+)\n/, timeoutMs)
    const readyMs = performance.now() - startedAt
    const [, identityUrl = '', gatewayUrl = '', spsUrl = ''] = match
    return { child, identityUrl, gatewayUrl, spsUrl, readyMs, startedAt }
  } catch (error) {
    await child.stop()
    throw error
  }
}
