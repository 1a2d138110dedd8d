import type { Role } from '../contract/roles'
import type { Deps } from './app-env'
import { ensureDemoConnections } from './connections/demo-connections'
import { generatePassword, hashPassword } from './security/passwords'
import { countOperators, createOperator, findOperatorByUsername } from './store/operators-repo'
import { ensureTenant } from './store/tenants-repo'

/** The demo's operators: documented in the README and shown on the sign-in page in demo mode. */
export const DEMO_OPERATORS: ReadonlyArray<{ username: string; password: string; displayName: string; role: Role }> = [
  { username: 'admin', password: 'admin-demo', displayName: 'Demo Admin', role: 'admin' },
  { username: 'helpdesk', password: 'helpdesk-demo', displayName: 'Demo Helpdesk', role: 'helpdesk' },
  { username: 'auditor', password: 'auditor-demo', displayName: 'Demo Auditor', role: 'auditor' },
]

export const DEMO_TENANT = { id: 'demo', name: 'Demo (simulated)' }

/**
 * Idempotent first-start work. Demo mode: the demo operators and tenant. Otherwise: when the store
 * has no operator at all, one `admin` whose password comes from GATEHOUSE_ADMIN_PASSWORD or is
 * generated and printed once.
 */
export async function bootstrap(deps: Deps, print: (line: string) => void = console.log): Promise<void> {
  const { config, db, now, log } = deps
  if (config.demo) {
    for (const demo of DEMO_OPERATORS) {
      if (await findOperatorByUsername(db, demo.username)) continue
      await createOperator(
        db,
        { username: demo.username, displayName: demo.displayName, passwordHash: await hashPassword(demo.password), grants: [{ role: demo.role, tenantId: null }] },
        now(),
      )
      log.info('bootstrap.demo-operator', { operator: demo.username })
    }
    if (await ensureTenant(db, DEMO_TENANT, now())) log.info('bootstrap.demo-tenant', { tenant: DEMO_TENANT.id })
    await ensureDemoConnections(deps, DEMO_TENANT.id)
    return
  }
  if ((await countOperators(db)) > 0) return
  const password = config.adminPassword ?? generatePassword()
  await createOperator(
    db,
    { username: 'admin', displayName: 'Administrator', passwordHash: await hashPassword(password), grants: [{ role: 'admin', tenantId: null }] },
    now(),
  )
  log.info('bootstrap.first-admin', { operator: 'admin' })
  if (!config.adminPassword) {
    print(`\nFirst start: created operator "admin" with password\n\n    ${password}\n\nIt is shown only this once. Sign in and change it.\n`)
  }
}
