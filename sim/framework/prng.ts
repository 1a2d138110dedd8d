// Seeded pseudo-random numbers for the simulators' data.
//
// Every record is generated from its own key (seed, namespace, index, …), never from a shared
// stream, so record i can be built without building records 0..i-1 and adding a field to one
// record kind never shifts the values of another.

/** 32-bit mixing step (MurmurHash3's block mix), used to fold key parts into a hash. */
function mixWord(hash: number, word: number): number {
  let k = Math.imul(word | 0, 0xcc9e2d51)
  k = (k << 15) | (k >>> 17)
  k = Math.imul(k, 0x1b873593)
  let h = hash ^ k
  h = (h << 13) | (h >>> 19)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

/** Avalanche so that keys differing in one bit give unrelated outputs. */
function finalizeWord(hash: number): number {
  let h = hash
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export type KeyPart = string | number

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

function hexWord(word: number): string {
  return (
    (HEX_BYTES[word >>> 24] as string) +
    (HEX_BYTES[(word >>> 16) & 0xff] as string) +
    (HEX_BYTES[(word >>> 8) & 0xff] as string) +
    (HEX_BYTES[word & 0xff] as string)
  )
}

function mixPart(hash: number, part: KeyPart): number {
  if (typeof part === 'number') {
    // Indexes stay far below 2^53; fold both halves so large numbers still differ.
    const low = part >>> 0
    const high = Math.floor(part / 0x1_0000_0000) >>> 0
    return mixWord(mixWord(mixWord(hash, 0x6e756d00), low), high)
  }
  return mixWord(mixWord(hash, 0x73747200), stringHash(part))
}

// Key strings are mostly a few namespace names used millions of times: hash each once.
const stringHashes = new Map<string, number>()

function stringHash(text: string): number {
  let cached = stringHashes.get(text)
  if (cached === undefined) {
    let h = mixWord(0x1b873593, text.length)
    for (let i = 0; i < text.length; i++) h = mixWord(h, text.charCodeAt(i))
    cached = finalizeWord(h)
    if (stringHashes.size >= 50_000) stringHashes.clear()
    stringHashes.set(text, cached)
  }
  return cached
}

/** A 32-bit hash of a key made of strings and numbers. */
export function hashKey(...parts: KeyPart[]): number {
  let h = 0x2545f491
  for (const part of parts) h = mixPart(h, part)
  return finalizeWord(h)
}

/** sfc32 generator (Chris Doty-Humphrey's small fast counting generator), 128-bit state. */
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0
    this.b = b | 0
    this.c = c | 0
    this.d = d | 0
    // Discard the first outputs so that closely related keys give unrelated streams.
    for (let i = 0; i < 8; i++) this.nextUint32()
  }

  /** A generator whose whole state is derived from the key. */
  static forKey(...parts: KeyPart[]): Rng {
    let h = 0x2545f491
    for (const part of parts) h = mixPart(h, part)
    return new Rng(
      finalizeWord(mixWord(h, 0x9e3779b9)),
      finalizeWord(mixWord(h, 0x7f4a7c15)),
      finalizeWord(mixWord(h, 0x94d049bb)),
      finalizeWord(mixWord(h, 0x2b7e1516)),
    )
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.nextUint32() / 0x1_0000_0000
  }

  /** Uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number {
    if (maxExclusive <= 0) return 0
    return Math.floor(this.float() * maxExclusive)
  }

  /** Uniform integer in [min, max], both inclusive. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1)
  }

  chance(probability: number): boolean {
    return this.float() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[this.int(items.length)] as T
  }

  /** `count` distinct items in random order (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = items.slice()
    const taken = Math.min(count, pool.length)
    for (let i = 0; i < taken; i++) {
      const j = i + this.int(pool.length - i)
      const swap = pool[i] as T
      pool[i] = pool[j] as T
      pool[j] = swap
    }
    return pool.slice(0, taken)
  }

  /** Picks by relative weights, e.g. [['a', 3], ['b', 1]]. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, weight] of choices) total += weight
    let roll = this.float() * total
    for (const [value, weight] of choices) {
      roll -= weight
      if (roll < 0) return value
    }
    const last = choices[choices.length - 1]
    if (!last) throw new Error('weighted pick from an empty list')
    return last[0]
  }

  private fromAlphabet(alphabet: string, length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)]
    return out
  }

  hex(length: number): string {
    // Eight hex digits per draw through a byte table: ids are built for every record, so this is hot.
    let out = ''
    while (out.length < length) out += hexWord(this.nextUint32())
    return out.length === length ? out : out.slice(0, length)
  }

  digits(length: number): string {
    return this.fromAlphabet('0123456789', length)
  }

  base62(length: number): string {
    return this.fromAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', length)
  }

  base64url(length: number): string {
    return this.fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', length)
  }

  /** A random (version 4 layout) UUID, lower case. */
  uuid(): string {
    const a = this.nextUint32()
    const b = this.nextUint32()
    const c = this.nextUint32()
    const d = this.nextUint32()
    // Version nibble 4, variant bits 10xx.
    const timeHigh = ((b & 0x0fff) | 0x4000) >>> 0
    const clock = ((c >>> 16) & 0x3fff) | 0x8000
    return `${hexWord(a)}-${hexWord(b).slice(0, 4)}-${hexWord(timeHigh).slice(4)}-${hexWord(clock).slice(4)}-${hexWord(c).slice(4)}${hexWord(d)}`
  }
}
