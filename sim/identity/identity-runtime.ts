import type { SimContext } from '../framework/sim-context'
import { JwtSigner } from './auth/identity-jwt'
import { TokenRateLimiter } from './auth/token-rate-limiter'
import { UploadedCsvFiles } from './bulk-import/uploaded-csv-files'
import type { IdentityData } from './data/identity-data'
import type { TokenRateLimit } from './identity-sim-options'

/** A picture set with SetUserPicture. */
export interface UserPicture {
  readonly contentType: string
  readonly bytes: Uint8Array
}

/**
 * Everything the Identity routes share: the simulator context (data, tokens), the clock, and the
 * state that lives beside the data model (uploaded files, pictures, rate windows), which is
 * cleared with the rest on /__sim/reset.
 */
export class IdentityRuntime {
  readonly context: SimContext<IdentityData>
  readonly now: () => number
  readonly signer = new JwtSigner()
  readonly rateLimiter: TokenRateLimiter
  readonly uploads = new UploadedCsvFiles()
  readonly pictures = new Map<string, UserPicture>()

  constructor(context: SimContext<IdentityData>, now: () => number, rateLimit: TokenRateLimit | null) {
    this.context = context
    this.now = now
    this.rateLimiter = new TokenRateLimiter(rateLimit, now)
    context.onReset(() => {
      this.rateLimiter.clear()
      this.uploads.clear()
      this.pictures.clear()
    })
  }

  get data(): IdentityData {
    return this.context.data
  }
}
