import { createPrivateKey, X509Certificate } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generate } from 'selfsigned'
import type { TlsMaterial } from './sim-server'

// `--https` serves a self-signed certificate, as many real appliances do. It is generated once
// and kept under the (git-ignored) data folder, so restarts do not change the fingerprint.

const CERT_FILE = 'sim-cert.pem'
const KEY_FILE = 'sim-key.pem'
const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000

export interface LoadedCertificate extends TlsMaterial {
  readonly created: boolean
  readonly fingerprint256: string
}

export async function loadOrCreateCertificate(dataDir: string): Promise<LoadedCertificate> {
  const dir = join(dataDir, 'tls')
  const cached = await readUsable(dir)
  if (cached) return { ...cached, created: false, fingerprint256: new X509Certificate(cached.cert).fingerprint256 }

  const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000)
  const notAfterDate = new Date(notBeforeDate.getTime() + 825 * 24 * 60 * 60 * 1000)
  const pems = await generate([{ name: 'commonName', value: 'localhost' }, { name: 'organizationName', value: 'Gatehouse simulators' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  })
  await mkdir(dir, { recursive: true })
  // Write then rename, so a concurrent start never reads half a file.
  const suffix = `.${process.pid}.tmp`
  await writeFile(join(dir, KEY_FILE + suffix), pems.private, { mode: 0o600 })
  await writeFile(join(dir, CERT_FILE + suffix), pems.cert)
  await rename(join(dir, KEY_FILE + suffix), join(dir, KEY_FILE))
  await rename(join(dir, CERT_FILE + suffix), join(dir, CERT_FILE))
  return { key: pems.private, cert: pems.cert, created: true, fingerprint256: new X509Certificate(pems.cert).fingerprint256 }
}

async function readUsable(dir: string): Promise<TlsMaterial | null> {
  try {
    const [key, cert] = await Promise.all([readFile(join(dir, KEY_FILE), 'utf8'), readFile(join(dir, CERT_FILE), 'utf8')])
    const certificate = new X509Certificate(cert)
    if (Date.parse(certificate.validTo) - Date.now() < RENEW_BEFORE_MS) return null
    if (!certificate.checkPrivateKey(createPrivateKey(key))) return null
    return { key, cert }
  } catch {
    return null
  }
}
