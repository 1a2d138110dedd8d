import type { Logger } from '../../logger'
import { createVendorHttpClient, type VendorHttpTuning } from '../http/vendor-http-client'
import type { OutboundTlsOptions } from '../http/outbound-agent'
import type { QueryValue } from '../http/vendor-request'
import { createSpsLoginSession, spsJson, type SpsCredentials, type SpsLoginSession } from './sps-login-session'
import { parseSpsInfo, type SpsInfo } from './sps-version'

export interface SpsClientConfig extends SpsCredentials {
  connectionId: string
  /** The appliance URL, e.g. https://sps.example.com */
  baseUrl: string
  /** A CA certificate (PEM), or the explicit, unsafe accept-self-signed switch. */
  tls?: OutboundTlsOptions
}

/** The SPS login session of one console operator session: its transactions are its own. */
export interface SpsWriteSession {
  readonly consoleSessionId: string
  readonly login: SpsLoginSession
  readonly log: Logger
  readonly connectionId: string
  info(): Promise<SpsInfo>
  /** Runs `task` after this operator's earlier transactions, so one session never interleaves two. */
  serialise<T>(task: () => Promise<T>): Promise<T>
}

export interface SpsConnection {
  /** A read through the connection-wide session (which never opens a transaction). */
  read(path: string, query?: Readonly<Record<string, QueryValue>>, requestId?: string): Promise<unknown>
  /** A download through the connection-wide session, streamed rather than buffered (audit trails). */
  readStream(path: string, requestId?: string): ReturnType<SpsLoginSession['stream']>
  /** Firmware version and transaction shape, from /api/info (cached until the next login). */
  info(): Promise<SpsInfo>
  /** The operator's own SPS login, created on first use. */
  writeSession(consoleSessionId: string): SpsWriteSession
  /** Sign-out or expiry of a console session: discard its pending changes and drop its login. */
  endWriteSession(consoleSessionId: string): Promise<void>
  /** BFF shutdown: every write session ended, sockets closed. */
  closeAll(): Promise<void>
  testConnection(requestId?: string): Promise<{ latencyMs: number; version: string }>
}

export function createSpsConnection(config: SpsClientConfig, log: Logger, tuning: VendorHttpTuning = {}): SpsConnection {
  const http = createVendorHttpClient({ ...tuning, vendor: 'sps', connectionId: config.connectionId, baseUrl: config.baseUrl, log, ...(config.tls ? { tls: config.tls } : {}) })
  const readSession = createSpsLoginSession(http, config)
  let cachedInfo: Promise<SpsInfo> | null = null
  // A firmware upgrade ends every session; whoever logs in next reads the version again.
  readSession.onLogin = () => (cachedInfo = null)
  const writeSessions = new Map<string, SpsWriteSession>()

  const read = (path: string, query?: Readonly<Record<string, QueryValue>>, requestId?: string) =>
    spsJson(readSession.send('GET', path, { ...(query ? { query } : {}), ...(requestId ? { requestId } : {}) }))

  const info = () => {
    cachedInfo ??= read('/api/info').then(parseSpsInfo, (error: unknown) => {
      cachedInfo = null
      throw error
    })
    return cachedInfo
  }

  async function endWriteSession(consoleSessionId: string): Promise<void> {
    const session = writeSessions.get(consoleSessionId)
    if (!session) return
    writeSessions.delete(consoleSessionId)
    if (session.login.loggedIn) {
      try {
        // A harmless 200 when nothing is open; otherwise the operator's pending changes go.
        await session.login.send('DELETE', '/api/transaction')
      } catch (error) {
        log.warn('sps.rollback_failed', { connectionId: config.connectionId, error: error instanceof Error ? error.message : String(error) })
      }
    }
    session.login.end('This change was discarded: the console session that made it has ended.')
  }

  return {
    read,
    readStream: (path, requestId) => readSession.stream(path, requestId ? { requestId } : {}),
    info,
    writeSession(consoleSessionId) {
      const existing = writeSessions.get(consoleSessionId)
      if (existing) return existing
      let queue: Promise<unknown> = Promise.resolve()
      const session: SpsWriteSession = {
        consoleSessionId,
        login: createSpsLoginSession(http, config),
        log,
        connectionId: config.connectionId,
        info,
        serialise(task) {
          const run = queue.then(task, task)
          queue = run.catch(() => undefined)
          return run
        },
      }
      writeSessions.set(consoleSessionId, session)
      return session
    },
    endWriteSession,
    async closeAll() {
      await Promise.all([...writeSessions.keys()].map(endWriteSession))
      readSession.end('This SPS connection has been closed.')
      http.close()
    },
    async testConnection(requestId) {
      const started = performance.now()
      const parsed = parseSpsInfo(await read('/api/info', undefined, requestId))
      cachedInfo = Promise.resolve(parsed)
      return { latencyMs: Math.round(performance.now() - started), version: parsed.version }
    },
  }
}
