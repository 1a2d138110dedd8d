import { createHmac, randomBytes } from 'node:crypto'

// Platform tokens are JWTs, as on a real tenant: clients read `exp` (and tenant claims) from the
// payload. The simulator signs them with a random per-process key and checks them through the
// token registry, so `/__sim` can expire them; nobody outside verifies the signature.

function base64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url')
}

export class JwtSigner {
  private readonly key = randomBytes(32)

  sign(claims: Readonly<Record<string, unknown>>): string {
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
    const payload = base64url(JSON.stringify(claims))
    const signature = createHmac('sha256', this.key).update(`${header}.${payload}`).digest('base64url')
    return `${header}.${payload}.${signature}`
  }
}

/** The payload of a JWT, for tests and logs; no signature check. */
export function jwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1]
  if (payload === undefined) throw new Error('not a JWT')
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
}
