import type { Rng } from '../../framework/prng'

/** Configuration object keys look like `46785097158061f46c63d0`: decimal digits, then hex. */
export function spsConfigurationKey(rng: Rng): string {
  return rng.digits(10) + rng.hex(12)
}

/** Recorded sessions have 22-character base62 ids like `rUhhQZ3jYsY1NDWYp9DEpq`. */
export function spsSessionKey(rng: Rng): string {
  return rng.base62(22)
}
