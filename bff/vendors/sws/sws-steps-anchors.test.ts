import { describe, expect, it } from 'vitest'
import type { SwsClient } from './sws-client'
import { anchorFor, rememberAnchors } from './sws-steps-anchors'

const client = {} as SwsClient

describe('step anchors', () => {
  it('remembers only steps whose predecessor is strictly earlier (no same-millisecond neighbours)', () => {
    rememberAnchors(client, 'k', 12_000, [100, 101, 101, 105])
    // Index 12,001 (101 after 100) and 12,003 (105 after 101); not 12,002 (shares 101).
    expect(anchorFor(client, 'k', 12_002, 10, 10_000)).toEqual([12_001, 101])
    expect(anchorFor(client, 'k', 12_500, 10, 10_000)).toEqual([12_003, 105])
  })

  it('uses an anchor only when the page fits the gateway window from it', () => {
    rememberAnchors(client, 'w', 0, [1, 2])
    expect(anchorFor(client, 'w', 9_000, 200, 10_000)).toEqual([1, 2])
    expect(anchorFor(client, 'w', 9_900, 200, 10_000)).toBeNull()
    expect(anchorFor(client, 'other', 5, 1, 10_000)).toBeNull()
  })
})
