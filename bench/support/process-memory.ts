import { readFile, writeFile } from 'node:fs/promises'

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

/** Starts a new peak (Linux: writing 5 to clear_refs resets VmHWM), so start-up costs are not counted. */
export async function resetPeakResident(pid: number | undefined): Promise<void> {
  if (pid === undefined) return
  try {
    await writeFile(`/proc/${pid}/clear_refs`, '5')
  } catch {
    // Not Linux, or not allowed: the peak then includes start-up.
  }
}
