import type { Logger } from '../../logger'

/** A logger that keeps its lines, so tests can check what was logged (and that no secret was). */
export function createCapturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const write = (level: string) => (event: string, fields: Record<string, unknown> = {}) => {
    lines.push(JSON.stringify({ level, event, ...fields }))
  }
  return { lines, info: write('info'), warn: write('warn'), error: write('error') }
}
