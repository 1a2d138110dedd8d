import { hostileFieldValue, hostileKindAt } from '../../framework/hostile-values'
import type { Rng } from '../../framework/prng'
import type { SimDataOptions } from '../../framework/sim-data-options'
import type { SpsAuditSession, SpsProtocol } from './sps-audit-sessions'

// What SPS extracted from a recorded session: its channels, the indexed events (commands, window
// titles), content-policy alerts, the indexer run and who downloaded the audit trail. Built on
// demand from the seed and the session alone, so any session's content costs the same.
//
// Shapes follow the SPS REST guide samples: events `{action, channels_id, content, record_id,
// time, type}`, alerts `{alert_type, channel_id, matched_*, record_id, rule_name, time}`, trail
// downloads `{from_api, ip_address, time, username}`, channels `{type, verdict, start_time,
// end_time, duration, …}` (epoch seconds, as the 6.0 examples chapter shows). Times are epoch ms
// here except where the vendor uses seconds; the endpoints format them.

export interface SpsSessionChannel {
  readonly key: string
  readonly type: string
  readonly verdict: 'accept' | 'deny' | 'terminated'
  /** Epoch seconds. */
  readonly start_time: number
  readonly end_time: number | null
  readonly duration: number
  /** Extra fields by channel type (`command`, `scp_path`, `subsystem_name`, forward addresses). */
  readonly details: Readonly<Record<string, string | number>>
}

export interface SpsSessionEvent {
  readonly action: string
  readonly channels_id: string
  readonly content: string
  readonly record_id: number
  /** Epoch ms. */
  readonly time: number
  readonly type: 'command' | 'window_title'
}

export interface SpsSessionAlert {
  readonly alert_type: string
  readonly channel_id: string
  readonly matched_action: string
  readonly matched_content: string
  readonly matched_regexp: string
  readonly record_id: number
  readonly rule_name: string
  readonly time: number
}

export interface SpsIndexingRun {
  readonly config: Readonly<Record<string, unknown>>
  readonly statistics: { readonly cpu_time: number; readonly duration: number; readonly start_time: number }
  readonly status: 'COMPLETED' | 'IN_PROGRESS'
  readonly version: { readonly adp: string; readonly worker: string }
}

export interface SpsTrailDownload {
  readonly from_api: boolean
  readonly ip_address: string
  /** Epoch ms. */
  readonly time: number
  readonly username: string
}

export interface SpsSessionContent {
  readonly channels: readonly SpsSessionChannel[]
  readonly events: readonly SpsSessionEvent[]
  readonly alerts: readonly SpsSessionAlert[]
  readonly indexing: readonly SpsIndexingRun[]
  readonly trailDownloads: readonly SpsTrailDownload[]
}

const COMMANDS = [
  'ls -la', 'cd /var/log', 'tail -n 200 syslog', 'sudo systemctl status nginx', 'df -h', 'top -b -n 1', 'cat /etc/os-release',
  'grep -i error app.log', 'ps aux', 'sudo journalctl -u sshd --since today', 'vi /etc/hosts', 'uptime', 'who', 'netstat -tulpn',
  'sudo su -', 'rm -rf /tmp/build-cache', 'scp backup.tar.gz archive:/srv', 'passwd', 'crontab -l', 'man iptables',
]

const WINDOW_TITLES = [
  'Server Manager', 'Event Viewer', 'Active Directory Users and Computers', 'Services', 'Windows PowerShell', 'Task Manager',
  'Registry Editor', 'Command Prompt', 'IIS Manager', 'SQL Server Management Studio', 'Remote Desktop Connection', 'File Explorer',
]

/** Commands a content policy raises an alert for (rule name, matched regexp). */
const ALERTING: readonly (readonly [pattern: RegExp, regexp: string])[] = [
  [/^sudo su/, 'sudo su'],
  [/^rm -rf/, 'rm -rf'],
  [/^passwd/, 'passwd'],
]

const INDEXER_CONFIG = {
  command: { enabled: true },
  keyboard: { buffer_interval: 5, enabled: true },
  mouse: { enabled: false },
  near_realtime: false,
  ocr_languages: [],
  screen: { enabled: true, omnipage_trade_off: 'balanced' },
  title: { enabled: true },
}

const TERMINAL_PROTOCOLS: ReadonlySet<SpsProtocol> = new Set(['SSH', 'TELNET'])
const GRAPHICAL_PROTOCOLS: ReadonlySet<SpsProtocol> = new Set(['RDP', 'VNC', 'ICA'])

export function spsSessionContent(options: SimDataOptions, session: SpsAuditSession): SpsSessionContent {
  const rng = options.seed.rng('sps.session-content', session.key)
  const endMs = session.end_time ?? options.dataNow
  const channels = buildChannels(rng, session, endMs)
  const events = session.recording.index_status === 'INDEXED' ? buildEvents(options, rng, session, endMs) : []
  return {
    channels,
    events,
    alerts: buildAlerts(events),
    indexing: buildIndexing(rng, session, endMs),
    trailDownloads: buildTrailDownloads(rng, session, endMs),
  }
}

function buildChannels(rng: Rng, session: SpsAuditSession, endMs: number): SpsSessionChannel[] {
  const verdict = session.recording.verdict
  const start = Math.floor(session.creation_time / 1000)
  const end = session.end_time === null ? null : Math.floor(session.end_time / 1000)
  const sessionSeconds = Math.max(1, Math.floor((endMs - session.creation_time) / 1000))
  const main = { session: mainChannelType(session.protocol), details: {} as Record<string, string | number> }
  const extras: { type: string; details: Record<string, string | number> }[] = []
  if (session.protocol === 'SSH') {
    if (rng.chance(0.25)) extras.push({ type: 'session exec', details: { command: rng.pick(COMMANDS) } })
    if (rng.chance(0.15)) extras.push({ type: 'session exec scp', details: { scp_path: '/srv/backup' } })
    if (rng.chance(0.1)) extras.push({ type: 'session subsystem sftp', details: { subsystem_name: 'sftp' } })
    if (rng.chance(0.05)) {
      extras.push({
        type: 'local forward',
        details: { 'originator.address': '::1', 'originator.port': rng.between(40_000, 65_000), 'connected.address': session.recording.target.ip, 'connected.port': 5432 },
      })
    }
  } else if (session.protocol === 'RDP') {
    if (rng.chance(0.5)) extras.push({ type: '#cliprdr', details: {} })
    if (rng.chance(0.2)) extras.push({ type: '#rdpdr', details: {} })
  }
  const all = [{ type: main.session, details: main.details }, ...extras]
  return all.map((channel, index) => {
    const offset = index === 0 ? 0 : rng.int(sessionSeconds)
    const channelStart = start + offset
    const channelEnd = end === null ? null : Math.max(channelStart, index === 0 ? end : Math.min(end, channelStart + rng.between(1, 300)))
    const channelVerdict = verdict === 'DENY' ? 'deny' : verdict === 'TERMINATED' && index === 0 ? 'terminated' : 'accept'
    return {
      key: String(index + 1),
      type: channel.type,
      verdict: channelVerdict,
      start_time: channelStart,
      end_time: channelEnd,
      duration: channelEnd === null ? Math.floor(endMs / 1000) - channelStart : channelEnd - channelStart,
      details: channel.details,
    }
  })
}

function mainChannelType(protocol: SpsProtocol): string {
  switch (protocol) {
    case 'SSH':
      return 'session shell'
    case 'RDP':
      return '#drawing'
    case 'TELNET':
      return 'terminal'
    case 'HTTP':
      return 'http'
    case 'VNC':
    case 'ICA':
      return 'drawing'
  }
}

function buildEvents(options: SimDataOptions, rng: Rng, session: SpsAuditSession, endMs: number): SpsSessionEvent[] {
  const terminal = TERMINAL_PROTOCOLS.has(session.protocol)
  if (!terminal && !GRAPHICAL_PROTOCOLS.has(session.protocol)) return []
  const count = Math.min(40, 3 + Math.floor(session.duration / 90))
  const span = Math.max(1, endMs - session.creation_time)
  // The session's position in its collection decides hostile content, like every other record.
  const index = session.recording.content_reference_id - 1
  const hostile = hostileKindAt(options.seed, 'sps.session-event', index, options.profile.sps.auditSessions)
  const user = session.recording.user.server_username
  const host = session.recording.target.name ?? session.recording.target.ip
  const events: SpsSessionEvent[] = []
  let recordId = rng.between(10, 60)
  for (let i = 0; i < count; i++) {
    let action = terminal ? (rng.pick(COMMANDS) as string) : (rng.pick(WINDOW_TITLES) as string)
    if (hostile && hostile !== 'empty-optional' && i === 1) action = terminal ? `echo '${hostileFieldValue(hostile, 'note')}'` : hostileFieldValue(hostile, 'Notepad')
    const time = session.creation_time + Math.floor(((i + rng.float() * 0.9) / count) * span)
    events.push({
      action,
      channels_id: '0',
      content: terminal ? `${user}@${host.split('.')[0] ?? host}:~$ ${action}` : action,
      record_id: recordId,
      time,
      type: terminal ? 'command' : 'window_title',
    })
    recordId += rng.between(5, 40)
  }
  return events
}

function buildAlerts(events: readonly SpsSessionEvent[]): SpsSessionAlert[] {
  const alerts: SpsSessionAlert[] = []
  for (const event of events) {
    if (event.type !== 'command') continue
    const hit = ALERTING.find(([pattern]) => pattern.test(event.action))
    if (!hit) continue
    alerts.push({
      alert_type: 'adp.event.command',
      channel_id: event.channels_id,
      matched_action: event.action,
      matched_content: event.content,
      matched_regexp: hit[1],
      record_id: event.record_id,
      rule_name: 'PatternMatcherRule',
      time: event.time,
    })
  }
  return alerts
}

function buildIndexing(rng: Rng, session: SpsAuditSession, endMs: number): SpsIndexingRun[] {
  const status = session.recording.index_status
  if (status === 'NOT_INDEXED') return []
  const started = endMs + rng.between(5, 600) * 1000
  return [
    {
      config: INDEXER_CONFIG,
      statistics: { cpu_time: rng.between(1, 900), duration: rng.between(2, 1200), start_time: started },
      status: status === 'INDEXED' ? 'COMPLETED' : 'IN_PROGRESS',
      version: { adp: '2.4.1', worker: '6.0.7' },
    },
  ]
}

function buildTrailDownloads(rng: Rng, session: SpsAuditSession, endMs: number): SpsTrailDownload[] {
  if (session.active || !rng.chance(0.15)) return []
  const count = rng.between(1, 2)
  return Array.from({ length: count }, (_, index) => ({
    from_api: false,
    ip_address: `10.30.${rng.between(0, 255)}.${rng.between(1, 254)}`,
    time: endMs + (index + 1) * rng.between(60, 86_400) * 1000,
    username: rng.pick(['admin', 'auditor']),
  }))
}
