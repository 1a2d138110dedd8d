import type { IdentityUserDetail } from '@contract/identity-users'
import { CircleCheck, LockKeyhole, ShieldAlert } from 'lucide-react'
import type { ReactNode } from 'react'
import { formatDateTime } from '@/lib/format-time'
import { useTimeDisplay } from '@/lib/time-display'

interface Reason {
  title: string
  detail: string
}

/** Everything that stops the user signing in, in the order a helpdesk would fix it. */
export function signInBlockers(user: IdentityUserDetail, now = Date.now()): Reason[] {
  const reasons: Reason[] = []
  if (user.cloudLocked)
    reasons.push({
      title: 'Locked by an administrator',
      detail: 'The cloud lock is on (IsUserCloudLocked). Unlock lifts it.',
    })
  if (user.stateFlags.includes('Locked') && !user.cloudLocked)
    reasons.push({
      title: 'Account locked',
      detail: 'The account state is Locked. Unlock lifts it.',
    })
  if (user.lockedOutByPolicy)
    reasons.push({
      title: 'Locked out by policy',
      detail: 'Too many failed sign-ins (IsUserLockedOutByPolicy). Unlock resets the count.',
    })
  if (!user.enabled)
    reasons.push({
      title: 'Disabled',
      detail: 'The account is suspended. An administrator can enable it.',
    })
  if (user.expired)
    reasons.push({
      title: 'Expired',
      detail: 'The account has expired. An administrator can change its state.',
    })
  if (user.passwordExpiresAt && !user.passwordNeverExpires && Date.parse(user.passwordExpiresAt) < now) {
    reasons.push({
      title: 'Password expired',
      detail: `Since ${formatDateTime(user.passwordExpiresAt)}. Reset the password.`,
    })
  }
  return reasons
}

/** "Why can't they sign in?" answered at the top of the user's page. */
export function SignInStatus(props: { user: IdentityUserDetail; actions: ReactNode }) {
  useTimeDisplay() // the reasons name times in the chosen zone
  const reasons = signInBlockers(props.user)
  return (
    <section
      aria-labelledby="sign-in-heading"
      className={reasons.length > 0 ? 'border-destructive/40 bg-destructive/5 rounded-lg border p-4' : 'rounded-lg border p-4'}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 items-start gap-3">
          {reasons.length > 0 ? (
            <LockKeyhole className="text-destructive mt-0.5 size-5 shrink-0" aria-hidden />
          ) : (
            <CircleCheck className="text-success mt-0.5 size-5 shrink-0" aria-hidden />
          )}
          <div className="min-w-0">
            <h2 id="sign-in-heading" className="font-semibold">
              {reasons.length > 0 ? 'Cannot sign in' : 'Can sign in'}
            </h2>
            {reasons.length === 0 ? (
              <p className="text-muted-foreground text-sm">Not locked, not locked out by policy, enabled and not expired.</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {reasons.map((reason) => (
                  <li key={reason.title}>
                    <span className="font-medium">{reason.title}</span> — <span className="text-muted-foreground">{reason.detail}</span>
                  </li>
                ))}
              </ul>
            )}
            {props.user.riskLevel && props.user.riskLevel !== 'Low' && (
              <p className="text-warning mt-2 flex items-center gap-1.5 text-sm">
                <ShieldAlert className="size-4" aria-hidden /> Risk level {props.user.riskLevel}
              </p>
            )}
          </div>
        </div>
        <div className="flex flex-wrap gap-2">{props.actions}</div>
      </div>
    </section>
  )
}
