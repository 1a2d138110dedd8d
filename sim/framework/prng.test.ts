import { describe, expect, it } from 'vitest'
import { hashKey, Rng } from './prng'
import { SeedSource } from './seed-source'

describe('Rng', () => {
  it('gives the same sequence for the same key and another for another key', () => {
    const draw = (rng: Rng) => Array.from({ length: 8 }, () => rng.nextUint32())
    expect(draw(Rng.forKey('seed', 'user', 7))).toEqual(draw(Rng.forKey('seed', 'user', 7)))
    expect(draw(Rng.forKey('seed', 'user', 7))).not.toEqual(draw(Rng.forKey('seed', 'user', 8)))
    expect(draw(Rng.forKey('seed', 'user', 7))).not.toEqual(draw(Rng.forKey('other', 'user', 7)))
  })

  it('keeps key parts apart ("ab","c" is not "a","bc"; 1 is not "1")', () => {
    expect(hashKey('ab', 'c')).not.toBe(hashKey('a', 'bc'))
    expect(hashKey(1)).not.toBe(hashKey('1'))
    expect(hashKey(2 ** 40 + 1)).not.toBe(hashKey(1))
  })

  it('spreads floats evenly over [0, 1)', () => {
    const rng = Rng.forKey('uniformity')
    const buckets = new Array<number>(10).fill(0)
    let min = 1
    let max = 0
    for (let i = 0; i < 20_000; i++) {
      const value = rng.float()
      min = Math.min(min, value)
      max = Math.max(max, value)
      buckets[Math.floor(value * 10)]!++
    }
    expect(min).toBeGreaterThanOrEqual(0)
    expect(max).toBeLessThan(1)
    for (const count of buckets) expect(Math.abs(count - 2_000)).toBeLessThan(200)
  })

  it('formats ids: uuid v4 layout, hex, base62, base64url', () => {
    const rng = Rng.forKey('ids')
    for (let i = 0; i < 50; i++) {
      expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(rng.hex(12)).toMatch(/^[0-9a-f]{12}$/)
      expect(rng.hex(3)).toMatch(/^[0-9a-f]{3}$/)
      expect(rng.base62(22)).toMatch(/^[0-9A-Za-z]{22}$/)
      expect(rng.base64url(20)).toMatch(/^[0-9A-Za-z_-]{20}$/)
    }
  })

  it('picks within bounds and samples distinct items', () => {
    const rng = Rng.forKey('picks')
    for (let i = 0; i < 200; i++) {
      const value = rng.between(3, 5)
      expect(value).toBeGreaterThanOrEqual(3)
      expect(value).toBeLessThanOrEqual(5)
    }
    const sample = rng.sample([1, 2, 3, 4, 5, 6], 4)
    expect(new Set(sample).size).toBe(4)
    expect(rng.weighted([['only', 1]])).toBe('only')
  })
})

describe('SeedSource', () => {
  it('derives generators per key, independent of the order they are asked for', () => {
    const seed = new SeedSource('gatehouse')
    const late = seed.rng('thing', 999).nextUint32()
    for (let i = 0; i < 10; i++) seed.rng('thing', i).nextUint32()
    expect(seed.rng('thing', 999).nextUint32()).toBe(late)
    expect(new SeedSource('other').rng('thing', 999).nextUint32()).not.toBe(late)
  })
})
