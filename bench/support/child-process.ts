import { spawn, type ChildProcess } from 'node:child_process'

/**
 * Child processes started by the bench, with their output kept, and stopped on every exit path:
 * run.ts calls stopAllChildren() in finally, and the exit hook kills what is left after a crash.
 */
export interface BenchChild {
  process: ChildProcess
  /** stdout and stderr so far, for readiness checks and error messages. */
  output(): string
  /** Resolves with the first match of pattern in the output; rejects on exit or timeout. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>
  stop(): Promise<void>
}

const running = new Set<BenchChild>()
/** Processes started by libraries (e.g. chrome-launcher's browser), stopped the same way. */
const otherCleanups = new Set<() => void>()

process.once('exit', () => {
  for (const child of running) child.process.kill('SIGKILL')
  for (const cleanup of otherCleanups) cleanup()
})

/** Registers a synchronous stop for something a library started; returns the unregister call. */
export function addCleanup(cleanup: () => void): () => void {
  otherCleanups.add(cleanup)
  return () => otherCleanups.delete(cleanup)
}

export function startChild(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): BenchChild {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const listeners = new Set<() => void>()
  const append = (chunk: Buffer): void => {
    output += chunk.toString()
    for (const listener of listeners) listener()
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const handle: BenchChild = {
    process: child,
    output: () => output,
    waitForOutput(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const finish = (error: Error | null, match?: RegExpMatchArray): void => {
          clearTimeout(timer)
          listeners.delete(check)
          child.off('exit', onExit)
          if (error) reject(error)
          else resolve(match as RegExpMatchArray)
        }
        const check = (): void => {
          const match = output.match(pattern)
          if (match) finish(null, match)
        }
        const onExit = (code: number | null): void => finish(new Error(`${label} exited (code ${code}) before ready:\n${output.slice(-2000)}`))
        const timer = setTimeout(() => finish(new Error(`${label} not ready after ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs)
        listeners.add(check)
        child.once('exit', onExit)
        check()
      })
    },
    async stop() {
      running.delete(handle)
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(killer)
    },
  }
  running.add(handle)
  return handle
}

export async function stopAllChildren(): Promise<void> {
  for (const cleanup of otherCleanups) cleanup()
  otherCleanups.clear()
  await Promise.all([...running].map((child) => child.stop()))
}

/** Resolves when fetching url answers 2xx, polling until the deadline. */
export async function waitForHttpOk(url: string, timeoutMs: number, child?: BenchChild): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child && child.process.exitCode !== null) throw new Error(`process exited before ${url} answered:\n${child.output().slice(-2000)}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      await response.arrayBuffer()
      if (response.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 2xx within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
