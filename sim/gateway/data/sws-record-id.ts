import type { Rng } from '../../framework/prng'

/**
 * Ids of SWS policies and users as the vendor serves them: 32 lower-case hex digits with no
 * dashes, a time-based UUID stored time-high first (the docs' examples look like
 * `11ed96a835ae22afae2a65ab4ca1234c`, `11ea1b784b114582836027890ec68e7e`).
 */
export function swsRecordId(rng: Rng): string {
  return `11e${rng.pick(['a', 'b', 'c', 'd', 'e', 'f'])}${rng.hex(28)}`
}
