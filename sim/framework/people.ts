import type { SeedSource } from './seed-source'
import { FIRST_NAMES, LAST_NAMES, type NamePair } from './word-lists'

/**
 * The people of the simulated company. Identity user i is person i; the SWS and SPS data pick
 * their users from the same people, so one person has the same name and login everywhere —
 * which is what a cross-vendor footprint search relies on.
 */
export interface Person {
  readonly index: number
  readonly firstName: string
  readonly lastName: string
  /** Unique ASCII login, e.g. `maria.garcia4711`; the index suffix makes it unique. */
  readonly login: string
}

export function personAt(seed: SeedSource, index: number): Person {
  // One hash instead of a generator: column builds call this for every one of 100,000 people.
  const roll = seed.hash('person', index)
  const [firstName, firstAscii] = FIRST_NAMES[roll % FIRST_NAMES.length] as NamePair
  const [lastName, lastAscii] = LAST_NAMES[Math.floor(roll / FIRST_NAMES.length) % LAST_NAMES.length] as NamePair
  return { index, firstName, lastName, login: `${firstAscii}.${lastAscii}${index}` }
}

/**
 * Maps the i-th user of a smaller population (SWS users, SPS users) onto a distinct person.
 * A stride coprime with the population size spreads them over the whole company.
 */
export function personIndexFor(position: number, peopleCount: number, stride = 7919): number {
  let step = stride % peopleCount
  while (step === 0 || gcd(step, peopleCount) !== 1) step++
  return (position * step) % peopleCount
}

function gcd(a: number, b: number): number {
  let x = a
  let y = b
  while (y !== 0) [x, y] = [y, x % y]
  return x
}
