import type { Hono } from 'hono'
import { z } from 'zod'
import type { SimEnv } from '../../framework/sim-env'
import { parseSpsVersion } from '../sps-api-version'
import type { SpsRuntime } from '../sps-runtime'

// `/__sim/sps`: SPS-only controls beside the framework's `/__sim` (no vendor has them, no
// credentials, never faulted).
//
//   GET /__sim/sps   firmware version and behaviour, timers, login sessions, the lock, commits
//   PUT /__sim/sps   {"version": "7.0.5"|"6.0.7"|"7"…, "idleTimeoutSeconds": n, "commitMessage": "optional"|"required"}
//
// Switching the version ends every login session and the open transaction, like the reboot of a
// firmware change. `POST /__sim/reset` puts everything back to the start-up options.

const settingsBody = z.object({
  version: z.string().optional(),
  idleTimeoutSeconds: z.number().positive().optional(),
  commitMessage: z.enum(['optional', 'required']).optional(),
})

export function registerSpsSimControlRoutes(app: Hono<SimEnv>, runtime: SpsRuntime): void {
  const state = (): Record<string, unknown> => {
    const active = runtime.transactions.active()
    return {
      version: runtime.version.version,
      behaviour: runtime.version.behaviour,
      idleTimeoutSeconds: runtime.idleTimeoutSeconds,
      commitMessage: runtime.commitMessage,
      sessions: runtime.sessions.live().map((session) => ({
        username: session.username,
        remainingSeconds: runtime.sessions.remainingSeconds(session),
        transaction: active?.token === session.token ? 'open' : 'closed',
      })),
      lock: active ? { username: active.username, openedAt: new Date(active.openedAt).toISOString(), changes: active.changes.changes.length } : null,
      transactionsCancelledAutomatically: runtime.transactions.automaticallyCancelled,
      commits: runtime.transactions.history(),
    }
  }

  app.get('/__sim/sps', (c) => c.json(state()))

  app.put('/__sim/sps', async (c) => {
    const parsed = settingsBody.safeParse(await c.req.json().catch(() => null))
    if (!parsed.success) return c.json({ error: 'invalid SPS settings', issues: parsed.error.issues }, 400)
    const { version, idleTimeoutSeconds, commitMessage } = parsed.data
    if (version !== undefined) {
      try {
        runtime.switchVersion(parseSpsVersion(version))
      } catch (error) {
        return c.json({ error: (error as Error).message }, 400)
      }
    }
    if (idleTimeoutSeconds !== undefined) runtime.setIdleTimeoutSeconds(idleTimeoutSeconds)
    if (commitMessage !== undefined) runtime.commitMessage = commitMessage
    return c.json(state())
  })
}
