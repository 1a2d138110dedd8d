// The realm accepts each client assertion once (by its `jti`), as Keycloak does: a replayed
// assertion is refused until it would have expired anyway.

export class AssertionReplayGuard {
  private readonly seen = new Map<string, number>()

  /** Records a `jti`; false when it was already used and has not expired yet. */
  use(jti: string, expiresAtMs: number, nowMs: number): boolean {
    const until = this.seen.get(jti)
    if (until !== undefined && until > nowMs) return false
    if (this.seen.size >= 10_000) this.prune(nowMs)
    this.seen.set(jti, expiresAtMs)
    return true
  }

  clear(): void {
    this.seen.clear()
  }

  private prune(nowMs: number): void {
    for (const [jti, until] of this.seen) if (until <= nowMs) this.seen.delete(jti)
  }
}
