import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTestApp } from '../test-support/test-app'

const DEMO_SECRETS = ['demo-secret', 'sps-admin', 'admin-demo', 'helpdesk-demo', 'auditor-demo']

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : [file]
  })
}

describe('secrets at rest', () => {
  it('no demo secret or password appears in plain text in the database files', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gatehouse-store-'))
    const t = await createTestApp({ GATEHOUSE_DATA_DIR: dataDir })
    await t.signIn('admin', 'admin-demo')
    await t.db.selectFrom('tenant_connections').selectAll().execute()
    await t.close()
    const files = filesUnder(dataDir)
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const bytes = readFileSync(file)
      for (const secret of DEMO_SECRETS) {
        expect(bytes.includes(Buffer.from(secret)), `${secret} in ${path.relative(dataDir, file)}`).toBe(false)
      }
    }
  })
})
