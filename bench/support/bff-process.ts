import { startChild, waitForHttpOk, type BenchChild } from './child-process'
import { freePort } from './free-port'

export interface BffProcess {
  child: BenchChild
  origin: string
}

/**
 * The production BFF (demo mode, in-memory store) in its own process on a free loopback port,
 * serving the SPA build in staticDir. `env` adds settings (e.g. simulator URLs for a tenant).
 */
export async function startBffProcess(options: { staticDir: string | null; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<BffProcess> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const child = startChild('bff', process.execPath, ['--import', 'tsx', 'bff/main.ts', '--demo'], {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_ORIGIN: origin,
    GATEHOUSE_DATA_DIR: 'memory',
    GATEHOUSE_STATIC_DIR: options.staticDir ?? 'none',
    ...options.env,
  })
  try {
    await waitForHttpOk(`${origin}/api/health`, options.timeoutMs ?? 60_000, child)
    return { child, origin }
  } catch (error) {
    await child.stop()
    throw error
  }
}
