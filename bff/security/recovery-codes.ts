import { createHash, randomInt } from 'node:crypto'

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
const COUNT = 10

/** Ten one-time codes like `k7fq-2mzr-wp`, about 55 bits each; shown once, stored only as hashes. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`
  })
}

/** Case, spaces and dashes do not matter when a person types a code back. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]+/g, '')
  return createHash('sha256').update(normalised).digest('hex')
}

export function looksLikeRecoveryCode(input: string): boolean {
  return input.toLowerCase().replace(/[\s-]+/g, '').length === 10
}
