import type { SpsEndpoint } from '@contract/sps-audited-sessions'

/** A client or server: its name, and its address (with the port when asked) underneath. */
export function EndpointText({ endpoint, withPort = false }: { endpoint: SpsEndpoint; withPort?: boolean }) {
  const address = endpoint.ip ? `${endpoint.ip}${withPort && endpoint.port !== null ? `:${endpoint.port}` : ''}` : null
  if (!endpoint.name && !address) return <span className="text-muted-foreground">—</span>
  return (
    <span className="flex max-w-56 min-w-0 flex-col">
      {endpoint.name && (
        <span className="truncate" title={endpoint.name}>
          {endpoint.name}
        </span>
      )}
      {address && <span className="text-muted-foreground font-mono text-xs">{address}</span>}
    </span>
  )
}
