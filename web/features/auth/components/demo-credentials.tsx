import { useQuery } from '@tanstack/react-query'
import { healthQueryOptions } from '@/lib/health'

const DEMO_ACCOUNTS = [
  { username: 'admin', password: 'admin-demo', can: 'everything' },
  { username: 'helpdesk', password: 'helpdesk-demo', can: 'find and unlock users' },
  { username: 'auditor', password: 'auditor-demo', can: 'read sessions and the audit log' },
]

/** In demo mode only: the demo operators, so a first-time visitor can sign in. */
export function DemoCredentials() {
  const { data } = useQuery(healthQueryOptions())
  if (!data?.demo) return null
  return (
    <section aria-labelledby="demo-accounts" className="bg-muted/60 mt-6 rounded-lg border p-4 text-sm">
      <h2 id="demo-accounts" className="font-medium">
        Demo mode — simulated vendors
      </h2>
      <ul className="text-muted-foreground mt-2 space-y-1">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.username}>
            <code className="text-foreground font-mono">{account.username}</code> /{' '}
            <code className="text-foreground font-mono">{account.password}</code> — {account.can}
          </li>
        ))}
      </ul>
    </section>
  )
}
