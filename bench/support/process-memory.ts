import { readFile } from 'node:fs/promises'

/** Peak resident memory of a process so far (Linux VmHWM), in bytes; null where /proc is not there. */
export async function peakResidentBytes(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(status)
    return match ? Number(match[1]) * 1024 : null
  } catch {
    return null
  }
}
