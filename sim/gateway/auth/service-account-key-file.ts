import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileOnce } from './write-file-once'

// The private-key JWT service account's key pair, generated once into the simulator's data folder
// (git-ignored) as the service-account file the vendor hands out:
// {"serviceAccountId", "privateKey" (PKCS#1 PEM), "discoveryURL"}. A client signs its assertions
// with the private key from that file; the realm keeps only the public key.

export interface ServiceAccountKeyFile {
  readonly path: string
  readonly publicKey: KeyObject
}

export function serviceAccountKeyPath(dataDir: string, serviceAccountId: string): string {
  return join(dataDir, 'gateway', `sws-service-account-${serviceAccountId}.json`)
}

function readPublicKey(path: string, serviceAccountId: string): KeyObject | null {
  try {
    const content = JSON.parse(readFileSync(path, 'utf8')) as { serviceAccountId?: unknown; privateKey?: unknown }
    if (content.serviceAccountId !== serviceAccountId || typeof content.privateKey !== 'string') return null
    return createPublicKey(createPrivateKey(content.privateKey))
  } catch {
    return null
  }
}

/** Synchronous because the gateway app is built synchronously: one RSA key generation, the first time only. */
export function loadOrCreateServiceAccountKey(dataDir: string, serviceAccountId: string, discoveryURL: string): ServiceAccountKeyFile {
  const path = serviceAccountKeyPath(dataDir, serviceAccountId)
  const existing = readPublicKey(path, serviceAccountId)
  if (existing) return { path, publicKey: existing }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const content = { serviceAccountId, privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), discoveryURL }
  const publicKey = writeFileOnce(path, `${JSON.stringify(content, null, 2)}\n`, (file) => readPublicKey(file, serviceAccountId))
  return { path, publicKey }
}
