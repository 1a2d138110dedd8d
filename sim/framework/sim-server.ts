import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { createAdaptorServer } from '@hono/node-server'
import type { Hono } from 'hono'
import type { SimContext, SimDataModel } from './sim-context'
import type { SimEnv } from './sim-env'

export interface TlsMaterial {
  readonly key: string
  readonly cert: string
}

export interface ListenOptions {
  readonly host: string
  /** 0 picks a free port. */
  readonly port: number
  readonly tls?: TlsMaterial
}

export interface RunningServer {
  readonly url: string
  readonly port: number
  close(): Promise<void>
}

/** Serves a simulator app over HTTP or HTTPS until closed. */
export async function listen<D extends SimDataModel>(
  app: Hono<SimEnv>,
  context: SimContext<D>,
  options: ListenOptions,
): Promise<RunningServer> {
  const server = (
    options.tls
      ? createAdaptorServer({
          fetch: app.fetch,
          createServer: createHttpsServer,
          serverOptions: { key: options.tls.key, cert: options.tls.cert },
        })
      : createAdaptorServer({ fetch: app.fetch })
  ) as Server

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => reject(new Error(`${context.name} simulator cannot listen on ${options.host}:${options.port}: ${error.message}`))
    server.once('error', onError)
    server.listen(options.port, options.host, () => {
      server.off('error', onError)
      resolve()
    })
  })

  const port = (server.address() as AddressInfo).port
  const scheme = options.tls ? 'https' : 'http'
  const host = options.host.includes(':') ? `[${options.host}]` : options.host
  let closing: Promise<void> | null = null
  return {
    url: `${scheme}://${host}:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        // Held requests would keep their sockets open and the close would never finish.
        context.waits.releaseAll()
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return closing
    },
  }
}
