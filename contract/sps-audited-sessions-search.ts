// The audited sessions list's protocols, verdicts, page sizes and sorts.
// Zod-free: routes check their URL against these in the entry chunk, which loads before
// sign-in (DESIGN.md budget); sps-audited-sessions.ts builds its schemas from them and re-exports them.

export const SPS_SESSION_PROTOCOLS = ['SSH', 'RDP', 'TELNET', 'VNC', 'HTTP', 'ICA'] as const
export type SpsSessionProtocol = (typeof SPS_SESSION_PROTOCOLS)[number]

export const SPS_SESSION_VERDICTS = ['ACCEPT', 'TERMINATED', 'DENY'] as const
export type SpsSessionVerdict = (typeof SPS_SESSION_VERDICTS)[number]

export const SPS_SESSION_VERDICT_LABELS: Record<SpsSessionVerdict, string> = {
  ACCEPT: 'Accepted',
  TERMINATED: 'Terminated',
  DENY: 'Denied',
}

export const SPS_AUDITED_PAGE_SIZES = [25, 50, 100, 200] as const
export type SpsAuditedPageSize = (typeof SPS_AUDITED_PAGE_SIZES)[number]
export const SPS_AUDITED_DEFAULT_PAGE_SIZE: SpsAuditedPageSize = 50

/** `started` oldest first, `-started` newest first (the default); the same for `duration`. */
export const SPS_AUDITED_SORTS = ['-started', 'started', '-duration', 'duration'] as const
export type SpsAuditedSort = (typeof SPS_AUDITED_SORTS)[number]
