import path from 'node:path'

/** Everything the BFF reads from its environment, parsed once at start-up. */
export interface Config {
  host: string
  port: number
  /** The one origin the console is reached at; CSRF checks compare against it. */
  publicOrigin: string
  demo: boolean
  /** Folder for the embedded PGlite store and key files; 'memory' keeps the store in memory. */
  dataDir: string
  databaseUrl: string | null
  /** Trust X-Forwarded-For / X-Forwarded-Proto from a reverse proxy in front of the BFF. */
  trustProxy: boolean
  /** Built SPA to serve; null serves the API only. */
  staticDir: string | null
  adminPassword: string | null
  session: { idleMs: number; absoluteMs: number; reauthMs: number }
  signInThrottle: { maxFailures: number; lockMs: number }
  /** Where demo mode's tenant finds the simulators (`npm start` runs them on 4101–4103). */
  demoSimulators: { identityUrl: string; gatewayUrl: string; spsUrl: string }
}

const MINUTE = 60_000

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive whole number, got "${value}"`)
  return parsed
}

function normaliseOrigin(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`PUBLIC_ORIGIN must be an absolute URL such as http://127.0.0.1:8080, got "${value}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('PUBLIC_ORIGIN must use http or https')
  return url.origin
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): Config {
  const port = positiveInt(env.PORT, 8080, 'PORT')
  const publicOrigin = normaliseOrigin(env.PUBLIC_ORIGIN ?? `http://127.0.0.1:${port}`)
  const demo = argv.includes('--demo') || env.GATEHOUSE_DEMO === '1'
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    publicOrigin,
    demo,
    dataDir: env.GATEHOUSE_DATA_DIR === 'memory' ? 'memory' : path.resolve(env.GATEHOUSE_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || null,
    trustProxy: env.GATEHOUSE_TRUST_PROXY === '1',
    staticDir: env.GATEHOUSE_STATIC_DIR === 'none' ? null : path.resolve(env.GATEHOUSE_STATIC_DIR ?? 'dist/web'),
    adminPassword: env.GATEHOUSE_ADMIN_PASSWORD || null,
    session: {
      idleMs: positiveInt(env.GATEHOUSE_SESSION_IDLE_MINUTES, 30, 'GATEHOUSE_SESSION_IDLE_MINUTES') * MINUTE,
      absoluteMs: positiveInt(env.GATEHOUSE_SESSION_ABSOLUTE_MINUTES, 8 * 60, 'GATEHOUSE_SESSION_ABSOLUTE_MINUTES') * MINUTE,
      // How long a sign-in or re-authentication lets sensitive actions through without asking again.
      reauthMs: positiveInt(env.GATEHOUSE_REAUTH_SECONDS, 5 * 60, 'GATEHOUSE_REAUTH_SECONDS') * 1000,
    },
    demoSimulators: {
      identityUrl: env.GATEHOUSE_DEMO_IDENTITY_URL ?? 'http://127.0.0.1:4101',
      gatewayUrl: env.GATEHOUSE_DEMO_GATEWAY_URL ?? 'http://127.0.0.1:4102',
      spsUrl: env.GATEHOUSE_DEMO_SPS_URL ?? 'http://127.0.0.1:4103',
    },
    signInThrottle: {
      maxFailures: positiveInt(env.GATEHOUSE_SIGNIN_MAX_FAILURES, 5, 'GATEHOUSE_SIGNIN_MAX_FAILURES'),
      lockMs: positiveInt(env.GATEHOUSE_SIGNIN_LOCK_MINUTES, 15, 'GATEHOUSE_SIGNIN_LOCK_MINUTES') * MINUTE,
    },
  }
}
