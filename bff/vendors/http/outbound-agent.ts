import http from 'node:http'
import https from 'node:https'

/**
 * TLS trust for one connection. `caPem` trusts that CA (an appliance's own certificate works as
 * its own CA); `acceptSelfSigned` turns certificate checks off entirely — an explicit, unsafe
 * switch the UI has to mark as such.
 */
export interface OutboundTlsOptions {
  caPem?: string
  acceptSelfSigned?: boolean
}

/** A keep-alive agent per connection (node:http/https; undici is not an installed package here). */
export function createOutboundAgent(protocol: string, maxSockets: number, tls: OutboundTlsOptions = {}): http.Agent {
  if (protocol === 'http:') return new http.Agent({ keepAlive: true, maxSockets })
  return new https.Agent({
    keepAlive: true,
    maxSockets,
    ...(tls.caPem ? { ca: tls.caPem } : {}),
    rejectUnauthorized: !tls.acceptSelfSigned,
  })
}
