/** A clock tests move by hand: session idle expiry and `remaining_seconds` without waiting. */
export class TestClock {
  private current: number

  constructor(start = Date.UTC(2026, 10, 1, 12, 0, 0)) {
    this.current = start
  }

  readonly now = (): number => this.current

  advanceSeconds(seconds: number): void {
    this.current += seconds * 1000
  }
}
