import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Envelope encryption for secrets at rest: each secret gets its own AES-256-GCM data key, and
 * that key is wrapped (AES-256-GCM again) by the master key. The master key comes from
 * GATEHOUSE_MASTER_KEY (base64, 32 bytes) or a generated 0600 key file in the data folder.
 */
export interface Sealer {
  seal(plaintext: string, context: string): string
  unseal(sealed: string, context: string): string
}

interface SealedEnvelope {
  v: 1
  /** Which master key wrapped the data key, so keys can be rotated later. */
  kid: string
  wrapped: string
  wrapIv: string
  wrapTag: string
  iv: string
  tag: string
  data: string
}

const b64 = (buffer: Buffer) => buffer.toString('base64')
const unb64 = (text: string) => Buffer.from(text, 'base64')

function encrypt(key: Buffer, plaintext: Buffer, aad: string) {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(aad))
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return { iv, tag: cipher.getAuthTag(), data }
}

function decrypt(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv)
  decipher.setAAD(Buffer.from(aad))
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(data), decipher.final()])
}

export function createSealer(masterKey: Buffer, keyId = 'k1'): Sealer {
  if (masterKey.length !== 32) throw new Error('The master key must be 32 bytes (base64 of 32 random bytes).')
  return {
    // `context` (e.g. "operator:<id>:totp") is bound into both layers, so a sealed value copied onto another record will not open.
    seal(plaintext, context) {
      const dataKey = randomBytes(32)
      const inner = encrypt(dataKey, Buffer.from(plaintext, 'utf8'), context)
      const outer = encrypt(masterKey, dataKey, `${keyId}:${context}`)
      const envelope: SealedEnvelope = {
        v: 1,
        kid: keyId,
        wrapped: b64(outer.data),
        wrapIv: b64(outer.iv),
        wrapTag: b64(outer.tag),
        iv: b64(inner.iv),
        tag: b64(inner.tag),
        data: b64(inner.data),
      }
      return JSON.stringify(envelope)
    },
    unseal(sealed, context) {
      const envelope = JSON.parse(sealed) as SealedEnvelope
      if (envelope.v !== 1 || envelope.kid !== keyId) throw new Error(`Sealed with an unknown key (${envelope.kid}).`)
      const dataKey = decrypt(masterKey, unb64(envelope.wrapIv), unb64(envelope.wrapTag), unb64(envelope.wrapped), `${keyId}:${context}`)
      return decrypt(dataKey, unb64(envelope.iv), unb64(envelope.tag), unb64(envelope.data), context).toString('utf8')
    },
  }
}

/** The master key from the environment, or from (a newly generated) data/master.key readable by the owner only. */
export function loadMasterKey(env: NodeJS.ProcessEnv, dataDir: string): Buffer {
  if (env.GATEHOUSE_MASTER_KEY) {
    const key = Buffer.from(env.GATEHOUSE_MASTER_KEY, 'base64')
    if (key.length !== 32) throw new Error('GATEHOUSE_MASTER_KEY must be base64 of exactly 32 bytes (e.g. `openssl rand -base64 32`).')
    return key
  }
  if (dataDir === 'memory') return randomBytes(32)
  const file = path.join(dataDir, 'master.key')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    writeFileSync(file, b64(randomBytes(32)), { mode: 0o600, flag: 'wx' })
  }
  return loadMasterKey({ GATEHOUSE_MASTER_KEY: readFileSync(file, 'utf8').trim() }, dataDir)
}
