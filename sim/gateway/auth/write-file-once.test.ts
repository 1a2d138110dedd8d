import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeFileOnce } from './write-file-once'

const dir = mkdtempSync(join(tmpdir(), 'gatehouse-write-once-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const readIfGood = (path: string): string | null => {
  const text = readFileSync(path, 'utf8')
  return text.startsWith('good') ? text : null
}

describe('writeFileOnce', () => {
  it('writes a new private file, creating folders', () => {
    const path = join(dir, 'a', 'key')
    expect(writeFileOnce(path, 'good 1', readIfGood)).toBe('good 1')
    expect(statSync(path).mode & 0o777).toBe(0o600)
  })

  it('keeps a usable file that is already there (the first writer wins)', () => {
    const path = join(dir, 'b')
    writeFileSync(path, 'good first')
    expect(writeFileOnce(path, 'good second', readIfGood)).toBe('good first')
    expect(readFileSync(path, 'utf8')).toBe('good first')
  })

  it('replaces an unusable file', () => {
    const path = join(dir, 'c')
    writeFileSync(path, 'damaged')
    expect(writeFileOnce(path, 'good new', readIfGood)).toBe('good new')
  })
})
