import type { SpsTrailDownload } from './sps-session-content'

/**
 * Audit-trail downloads made through the simulator, per recorded session: SPS lists them beside
 * the seeded ones at `/api/audit/sessions/<id>/trail_downloads`. Cleared with the rest of the
 * data on reset.
 */
export class SpsTrailDownloadLog {
  private readonly bySession = new Map<string, SpsTrailDownload[]>()

  record(sessionKey: string, download: SpsTrailDownload): void {
    const list = this.bySession.get(sessionKey)
    if (list) list.push(download)
    else this.bySession.set(sessionKey, [download])
  }

  of(sessionKey: string): readonly SpsTrailDownload[] {
    return this.bySession.get(sessionKey) ?? []
  }

  get count(): number {
    let total = 0
    for (const list of this.bySession.values()) total += list.length
    return total
  }

  reset(): void {
    this.bySession.clear()
  }
}
