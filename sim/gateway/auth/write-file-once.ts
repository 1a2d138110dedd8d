import { randomBytes } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * Writes a private (0600) file whole, and only if no usable one is there yet. Several simulator
 * processes may start at once on the same data folder: a hard link never overwrites, so the first
 * file wins and `readUsable` gives everyone that one; an unusable file is replaced.
 * Returns what `readUsable` reads from the file that ends up in place.
 */
export function writeFileOnce<T>(path: string, content: string, readUsable: (path: string) => T | null): T {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  writeFileSync(temporary, content, { mode: 0o600 })
  try {
    try {
      linkSync(temporary, path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const winner = readUsable(path)
      if (winner !== null) return winner
      renameSync(temporary, path)
    }
    const written = readUsable(path)
    if (written === null) throw new Error(`cannot read back ${path}`)
    return written
  } finally {
    if (existsSync(temporary)) rmSync(temporary, { force: true })
  }
}
