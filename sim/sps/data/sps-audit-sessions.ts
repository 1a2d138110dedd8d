import { DAY_MS, MINUTE_MS } from '../../framework/data-time'
import { hostileFieldValue, hostileKindAt, hostileText } from '../../framework/hostile-values'
import type { BaseRecords } from '../../framework/overlay-store'
import { personAt } from '../../framework/people'
import type { Rng } from '../../framework/prng'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { HOST_WORDS } from '../../framework/word-lists'
import { SPS_APPLIANCE_ADDRESS, SPS_APPLIANCE_DOMAIN } from './sps-appliance'
import { spsConfigurationKey, spsSessionKey } from './sps-keys'

export type SpsProtocol = 'SSH' | 'RDP' | 'TELNET' | 'VNC' | 'HTTP' | 'ICA'

export interface SpsEndpoint {
  readonly ip: string
  readonly name: string | null
  readonly port: number
}

/** Connection policies the recorded sessions went through (name, protocol, port). */
const CONNECTION_POLICIES: readonly (readonly [name: string, protocol: SpsProtocol, port: number, channelPolicy: string])[] = [
  ['ssh-prod', 'SSH', 22, 'shell-only'],
  ['ssh-jump', 'SSH', 22, 'terminal-only'],
  ['rdp-admin', 'RDP', 3389, 'drawing-only'],
  ['rdp-helpdesk', 'RDP', 3389, 'all'],
  ['telnet-legacy', 'TELNET', 23, 'terminal-only'],
  ['vnc-lab', 'VNC', 5900, 'all'],
  ['http-mgmt', 'HTTP', 443, 'all'],
  ['ica-apps', 'ICA', 1494, 'all'],
]

/**
 * An audited session (`GET /api/audit/sessions/<id>` body, per sps.md §9.2). Times are epoch ms
 * here; the SPS endpoints format them as ISO 8601. The alerts/channels/events/indexing links and
 * `recording.audit_trail` are built from the key by the endpoints.
 */
export interface SpsAuditSession {
  readonly key: string
  readonly active: boolean
  readonly hidden: boolean
  readonly phantom: boolean
  readonly origin: 'RECORDING'
  readonly protocol: SpsProtocol
  readonly node_id: string
  readonly client: SpsEndpoint
  readonly creation_time: number
  readonly end_time: number | null
  readonly duration: number
  readonly analytics: {
    readonly interesting_events: readonly string[]
    readonly scripted: boolean
    readonly scripted_results: Readonly<Record<string, unknown>>
    readonly similar_sessions: readonly string[]
    readonly tags: readonly string[]
  }
  readonly recording: {
    readonly archived: boolean
    readonly auth_method: string
    readonly channel_policy: string
    readonly command_extracted: boolean
    readonly connection_policy: string
    readonly connection_policy_id: string
    readonly content_reference_id: number
    readonly has_accepted_channel: boolean
    readonly index_status: 'INDEXED' | 'NOT_INDEXED' | 'INDEXING'
    readonly server_local: SpsEndpoint
    readonly session_id: string
    readonly target: SpsEndpoint
    /** Names from the syslog vocabulary (gateway_username, server_username); placement UNSURE. */
    readonly user: { readonly gateway_username: string; readonly server_username: string }
    readonly verdict: 'ACCEPT' | 'TERMINATED' | 'DENY'
  }
}

const COLLECTION = 'sps.audit-session'
const SESSION_WINDOW_MS = 180 * DAY_MS

export function spsAuditSessionKey(options: SimDataOptions, index: number): string {
  return spsSessionKey(options.seed.rng(COLLECTION, 'key', index))
}

function connectionPolicyId(options: SimDataOptions, policyIndex: number): string {
  return spsConfigurationKey(options.seed.rng('sps.connection-policy', 'key', policyIndex))
}

function nodeIds(options: SimDataOptions): string[] {
  return [0, 1].map((node) => options.seed.rng('sps.node', node).uuid())
}

function privateIp(rng: Rng, prefix: string): string {
  return `${prefix}.${rng.between(0, 255)}.${rng.between(1, 254)}`
}

export function spsAuditSessions(options: SimDataOptions): BaseRecords<SpsAuditSession> {
  const size = options.profile.sps.auditSessions
  const slot = SESSION_WINDOW_MS / size
  const nodes = nodeIds(options)
  return {
    size,
    idAt: (index) => spsAuditSessionKey(options, index),
    recordAt(index) {
      const rng = options.seed.rng(COLLECTION, index)
      const kind = hostileKindAt(options.seed, COLLECTION, index, size)
      const policyIndex = rng.int(CONNECTION_POLICIES.length)
      const [policyName, protocol, port, channelPolicy] = CONNECTION_POLICIES[policyIndex] as (typeof CONNECTION_POLICIES)[number]
      const person = personAt(options.seed, 1 + rng.int(options.profile.identity.users - 1))
      const created = Math.floor(options.dataNow - SESSION_WINDOW_MS + index * slot + rng.float() * slot * 0.9)
      const durationMs = rng.chance(0.1) ? rng.between(1, 60) * 1000 : rng.between(1, 240) * MINUTE_MS
      const active = created + durationMs > options.dataNow
      const verdict = rng.weighted<'ACCEPT' | 'TERMINATED' | 'DENY'>([['ACCEPT', 92], ['TERMINATED', 5], ['DENY', 3]])
      const host = `${rng.pick(HOST_WORDS)}-${String(rng.between(1, 40)).padStart(2, '0')}.prod.${SPS_APPLIANCE_DOMAIN}`
      const clientName = `ws-${rng.hex(6)}.corp.${SPS_APPLIANCE_DOMAIN}`
      const serverUsername = protocol === 'RDP' ? rng.pick(['Administrator', person.login]) : rng.pick(['root', 'oracle', person.login])
      const indexed = rng.weighted<'INDEXED' | 'NOT_INDEXED' | 'INDEXING'>([['INDEXED', 85], ['NOT_INDEXED', 12], ['INDEXING', 3]])
      const key = spsAuditSessionKey(options, index)
      return {
        key,
        active,
        hidden: false,
        phantom: false,
        origin: 'RECORDING',
        protocol,
        node_id: rng.pick(nodes),
        client: {
          ip: privateIp(rng, '10.40'),
          name: kind === 'empty-optional' ? null : kind ? hostileFieldValue(kind, clientName) : clientName,
          port: rng.between(49_152, 65_535),
        },
        creation_time: created,
        end_time: active ? null : created + durationMs,
        duration: Math.round((active ? options.dataNow - created : durationMs) / 1000),
        analytics: { interesting_events: [], scripted: rng.chance(0.05), scripted_results: {}, similar_sessions: [], tags: [] },
        recording: {
          archived: created < options.dataNow - 90 * DAY_MS,
          auth_method: protocol === 'SSH' ? rng.pick(['password', 'publickey', 'keyboard-interactive']) : 'password',
          channel_policy: channelPolicy,
          command_extracted: protocol === 'SSH' || protocol === 'TELNET',
          connection_policy: policyName,
          connection_policy_id: connectionPolicyId(options, policyIndex),
          content_reference_id: index + 1,
          has_accepted_channel: verdict !== 'DENY',
          index_status: indexed,
          server_local: { ip: SPS_APPLIANCE_ADDRESS.ip, name: SPS_APPLIANCE_ADDRESS.name, port },
          session_id: `svc/${rng.base62(22)}/${policyName}:${rng.int(4)}`,
          target: { ip: privateIp(rng, '10.10'), name: host, port },
          user: {
            gateway_username: kind && kind !== 'empty-optional' ? hostileText(kind, person.login) : person.login,
            server_username: serverUsername,
          },
          verdict,
        },
      }
    },
  }
}
