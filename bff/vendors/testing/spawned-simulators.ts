import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Tests reach the simulators the way the BFF does: over HTTP. Each test file starts its own
// simulator process on free ports with its own data folder, so files running in parallel never
// reset each other's state and a running demo on 4101-4103 is untouched.

export interface SpawnedSimulators {
  identity: string
  gateway: string
  sps: string
  /** Holds the gateway's generated service-account key file and TLS certificates. */
  dataDir: string
  stop(): Promise<void>
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..')
const URL_LINE = /(https?:\/\/127\.0\.0\.1:\d+)/

export async function spawnSimulators(extraArgs: readonly string[] = []): Promise<SpawnedSimulators> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gatehouse-vendor-tests-'))
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'sim/main.ts', '--identity-port', '0', '--gateway-port', '0', '--sps-port', '0', '--data-dir', dataDir, ...extraArgs],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: simulatorEnv() },
  )
  const urls = await readUrls(child)
  const [identity, gateway, sps] = urls as [string, string, string]
  return {
    identity,
    gateway,
    sps,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The environment without SIM_* settings a developer's shell may hold (faults, ports, profile). */
function simulatorEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SIM_')))
}

/** The runner prints identity, gateway and sps URLs, one a line, in that order. */
function readUrls(child: ChildProcess): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let output = ''
    let errors = ''
    const urls: string[] = []
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const lines = output.split('\n')
      output = lines.pop() ?? ''
      for (const line of lines) {
        const match = URL_LINE.exec(line)
        if (match?.[1]) urls.push(match[1])
        if (urls.length === 3) resolve(urls)
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')))
    child.once('exit', (code) => reject(new Error(`simulators exited (${code}) before printing their URLs: ${errors}`)))
  })
}
