import autocannon from 'autocannon'
import { percentile } from './format'

export interface LoadTarget {
  label: string
  url: string
  headers?: Record<string, string>
}

export interface LoadFigures {
  label: string
  connections: number
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  failures: number
}

interface RoundResult {
  latenciesMs: number[]
  requests: number
  seconds: number
  failures: number
}

/** One autocannon round; every response time is kept, so p95 is exact (autocannon reports p97.5). */
function loadRound(target: LoadTarget, connections: number, seconds: number): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    const latenciesMs: number[] = []
    let failures = 0
    const instance = autocannon({ url: target.url, connections, duration: seconds, timeout: 10, headers: target.headers }, (error, result) => {
      if (error) reject(error)
      else resolve({ latenciesMs, requests: result.requests.total, seconds: result.duration, failures: failures + result.errors + result.timeouts })
    })
    instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTimeMs)
      else failures++
    })
  })
}

/**
 * Loads each target in turn, round after round (A B A B …), so drift in the machine's load
 * (other jobs, CPU frequency, GC) falls on all targets alike. A short unmeasured warm-up first.
 */
export async function interleavedLoad(targets: readonly LoadTarget[], options: { connections: number; rounds: number; secondsPerRound: number }): Promise<LoadFigures[]> {
  for (const target of targets) await loadRound(target, options.connections, 1)
  const collected = targets.map((target) => ({ target, latenciesMs: [] as number[], requests: 0, seconds: 0, failures: 0 }))
  for (let round = 0; round < options.rounds; round++) {
    for (const into of collected) {
      const result = await loadRound(into.target, options.connections, options.secondsPerRound)
      into.latenciesMs.push(...result.latenciesMs)
      into.requests += result.requests
      into.seconds += result.seconds
      into.failures += result.failures
    }
  }
  return collected.map(({ target, latenciesMs, requests, seconds, failures }) => {
    return {
      label: target.label,
      connections: options.connections,
      requests,
      requestsPerSecond: seconds > 0 ? requests / seconds : 0,
      p50Ms: percentile(latenciesMs, 50),
      p95Ms: percentile(latenciesMs, 95),
      p99Ms: percentile(latenciesMs, 99),
      failures,
    }
  })
}

export function describeLoad(figures: LoadFigures): string {
  const failed = figures.failures > 0 ? `, ${figures.failures} failed` : ''
  return `p50 ${figures.p50Ms.toFixed(2)} / p95 ${figures.p95Ms.toFixed(2)} / p99 ${figures.p99Ms.toFixed(2)} ms, ${figures.requestsPerSecond.toFixed(0)} req/s${failed}`
}
