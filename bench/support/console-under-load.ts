import { startBffProcess, type BffProcess } from './bff-process'
import { signInCookie } from './sign-in'
import { startSimulatorsProcess, type SimulatorsProcess } from './simulators-process'
import { spaBuild } from './spa-build'

export interface ConsoleUnderTest {
  sims: SimulatorsProcess
  bff: BffProcess
  cookie: string
}

/**
 * The `large` simulators and a production BFF serving the SPA build, each in its own process,
 * with the demo tenant wired to the simulators and a signed-in session for `role`.
 */
export async function startConsoleOnLargeProfile(role: 'admin' | 'helpdesk' | 'auditor'): Promise<ConsoleUnderTest> {
  const built = await spaBuild()
  const sims = await startSimulatorsProcess('large', 60_000)
  const bff = await startBffProcess({
    staticDir: built.outDir,
    env: { GATEHOUSE_DEMO_IDENTITY_URL: sims.identityUrl, GATEHOUSE_DEMO_GATEWAY_URL: sims.gatewayUrl, GATEHOUSE_DEMO_SPS_URL: sims.spsUrl },
  })
  const cookie = await signInCookie(bff.origin, role, `${role}-demo`)
  return { sims, bff, cookie }
}
