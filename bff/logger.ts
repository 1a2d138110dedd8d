/** Structured JSON lines on stdout. Callers pass facts, never secrets or request bodies. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void
  warn(event: string, fields?: Record<string, unknown>): void
  error(event: string, fields?: Record<string, unknown>): void
}

export function createLogger(options: { silent?: boolean } = {}): Logger {
  const write = (level: string, event: string, fields: Record<string, unknown> = {}) => {
    if (options.silent) return
    process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`)
  }
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  }
}
