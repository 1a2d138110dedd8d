import { createHash, createPrivateKey, createPublicKey, generateKeyPair, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileOnce } from './write-file-once'

// The key the realm signs its access tokens with (RS256, as a Keycloak realm does). Nobody
// verifies those signatures (the gateway looks tokens up), but clients may decode the tokens, so
// they are real JWTs. Kept in the data folder like a realm's keys, so it is generated only once.

export interface RealmSigningKey {
  readonly privateKey: KeyObject
  readonly keyId: string
}

function readKey(path: string): RealmSigningKey | null {
  try {
    const privateKey = createPrivateKey(readFileSync(path, 'utf8'))
    const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' })
    return { privateKey, keyId: createHash('sha256').update(spki).digest('base64url').slice(0, 43) }
  } catch {
    return null
  }
}

export class RealmSigningKeyFile {
  private readonly path: string
  private pending: Promise<RealmSigningKey> | null = null

  constructor(dataDir: string) {
    this.path = join(dataDir, 'gateway', 'realm-signing-key.pem')
  }

  /** Loaded (or generated, off the main thread) on first use. */
  key(): Promise<RealmSigningKey> {
    this.pending ??= this.loadOrCreate()
    return this.pending
  }

  private async loadOrCreate(): Promise<RealmSigningKey> {
    const existing = readKey(this.path)
    if (existing) return existing
    const privateKey = await new Promise<KeyObject>((resolve, reject) => {
      generateKeyPair('rsa', { modulusLength: 2048 }, (error, _publicKey, key) => (error ? reject(error) : resolve(key)))
    })
    return writeFileOnce(this.path, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), readKey)
  }
}
