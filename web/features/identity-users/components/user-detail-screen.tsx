import type { IdentityUserDetail } from '@contract/identity-users'
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from '@tanstack/react-router'
import { ChevronLeft, LockKeyhole, LockKeyholeOpen, MoreHorizontal, Pencil, UsersRound } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { DataTableError } from '@/components/data-table/data-table-error'
import { PageHeader } from '@/components/page-header'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { Skeleton } from '@/components/ui/skeleton'
import { DateTime } from '@/components/date-time'
import { userDetailQueryOptions } from '../api/identity-user-queries'
import type { UserPermissions } from '../user-permissions'
import { EditAttributesDialog } from './edit-attributes-dialog'
import { EditProfileDialog } from './edit-profile-dialog'
import { SetPictureDialog } from './set-picture-dialog'
import { SetStateDialog } from './set-state-dialog'
import { SignInStatus } from './sign-in-status'
import { UserActionDialogs, type UserDialog } from './user-actions-menu'
import { RiskBadge } from './user-state-badges'

type AdminDialog = 'profile' | 'state' | 'picture' | 'attributes' | null

function Facts(props: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
      {props.items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted-foreground">{term}</dt>
          <dd className="min-w-0 break-words">{value ?? <span className="text-muted-foreground">—</span>}</dd>
        </div>
      ))}
    </dl>
  )
}

const when = (value: string | null) => (value ? <DateTime value={value} /> : null)
const yesNo = (value: boolean) => (value ? 'Yes' : 'No')

export function UserDetailScreen(props: { tenant: string; userId: string; permissions: UserPermissions }) {
  const detail = useQuery(userDetailQueryOptions(props.tenant, props.userId))
  const back = (
    <Button variant="ghost" size="sm" asChild className="mb-2 -ml-2">
      <Link to="/t/$tenant/identity/users" params={{ tenant: props.tenant }}>
        <ChevronLeft aria-hidden />
        Users
      </Link>
    </Button>
  )
  if (detail.isPending) {
    return (
      <div aria-busy="true">
        {back}
        <PageHeader area="Identity" title="User" />
        <Skeleton className="mb-4 h-24" />
        <div className="grid gap-4 lg:grid-cols-2">
          <Skeleton className="h-64" />
          <Skeleton className="h-64" />
        </div>
      </div>
    )
  }
  if (detail.error) {
    return (
      <div>
        {back}
        <PageHeader area="Identity" title="User" />
        <DataTableError error={detail.error} onRetry={() => void detail.refetch()} />
      </div>
    )
  }
  return <UserDetail tenant={props.tenant} user={detail.data} permissions={props.permissions} back={back} />
}

function UserDetail({ tenant, user, permissions: can, back }: { tenant: string; user: IdentityUserDetail; permissions: UserPermissions; back: ReactNode }) {
  const navigate = useNavigate()
  const [dialog, setDialog] = useState<UserDialog>(null)
  const [adminDialog, setAdminDialog] = useState<AdminDialog>(null)
  const target = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    locked: user.cloudLocked || user.stateFlags.includes('Locked'),
    enabled: user.enabled,
  }
  const blocked = target.locked || user.lockedOutByPolicy
  const attributes = Object.entries(user.attributes)
  const more = [
    can.lock && !blocked && { key: 'lock' as const, label: 'Lock…' },
    can.lock && {
      key: 'signOutEverywhere' as const,
      label: 'Sign out everywhere…',
    },
    can.mfaExempt && { key: 'mfa' as const, label: 'Exempt from MFA…' },
    can.invite && { key: 'invite' as const, label: 'Resend invitation…' },
    can.write && (user.enabled ? { key: 'disable' as const, label: 'Disable…' } : { key: 'enable' as const, label: 'Enable…' }),
  ].filter((item) => item !== false)

  const signInActions = (
    <>
      {can.lock && blocked && (
        <Button onClick={() => setDialog('unlock')}>
          <LockKeyholeOpen aria-hidden />
          Unlock
        </Button>
      )}
      {can.resetPassword && (
        <Button variant="outline" onClick={() => setDialog('resetPassword')}>
          Reset password
        </Button>
      )}
      {(more.length > 0 || can.write || can.delete) && (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="outline" size="icon" aria-label="More actions">
              <MoreHorizontal aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            {more.map((item) => (
              <DropdownMenuItem key={item.key} onSelect={() => setDialog(item.key)}>
                {item.key === 'lock' && <LockKeyhole aria-hidden />}
                {item.label}
              </DropdownMenuItem>
            ))}
            {can.write && (
              <>
                <DropdownMenuSeparator />
                <DropdownMenuItem onSelect={() => setAdminDialog('state')}>Set state…</DropdownMenuItem>
                <DropdownMenuItem onSelect={() => setAdminDialog('picture')}>Set picture…</DropdownMenuItem>
              </>
            )}
            {can.delete && (
              <>
                <DropdownMenuSeparator />
                <DropdownMenuItem variant="destructive" onSelect={() => setDialog('delete')}>
                  Delete user…
                </DropdownMenuItem>
              </>
            )}
          </DropdownMenuContent>
        </DropdownMenu>
      )}
    </>
  )

  return (
    <div>
      {back}
      <PageHeader
        area="Identity › Users"
        title={user.displayName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="break-all">{user.username}</span>
            {user.isSysAdmin && <Badge variant="warning">System administrator</Badge>}
            <Badge variant="outline">{user.directory}</Badge>
          </span>
        }
        actions={
          <Button variant="outline" asChild>
            <Link to="/t/$tenant/people/$userId" params={{ tenant, userId: user.id }}>
              <UsersRound aria-hidden />
              Person view
            </Link>
          </Button>
        }
      />
      <SignInStatus user={user} actions={signInActions} />

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>Profile</h2>
            </CardTitle>
            {can.write && (
              <CardAction>
                <Button variant="outline" size="sm" onClick={() => setAdminDialog('profile')}>
                  <Pencil aria-hidden />
                  Edit profile
                </Button>
              </CardAction>
            )}
          </CardHeader>
          <CardContent>
            <Facts
              items={[
                ['E-mail', user.email],
                ['Mobile', user.mobileNumber],
                ['Office', user.officeNumber],
                ['Home', user.homeNumber],
                ['Description', user.description],
                ['Organization', user.organization],
                ['Picture', user.hasPicture ? 'Set' : 'None'],
                ['Language / time zone', [user.preferredCulture, user.preferredTimeZone].filter(Boolean).join(' · ') || null],
                ['User id', <code className="text-xs break-all">{user.id}</code>],
              ]}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>State</h2>
            </CardTitle>
            <CardDescription>As the directory holds it now.</CardDescription>
          </CardHeader>
          <CardContent>
            <Facts
              items={[
                ['State flags', user.stateFlags.length ? user.stateFlags.join(', ') : 'None'],
                ['Locked by administrator', yesNo(user.cloudLocked)],
                ['Locked out by policy', yesNo(user.lockedOutByPolicy)],
                ['Enabled', yesNo(user.enabled)],
                ['Risk level', <RiskBadge level={user.riskLevel} />],
                ['Last sign-in', when(user.lastLoginAt) ?? 'Never'],
                ['Password changed', when(user.passwordChangedAt) ?? 'Never'],
                ['Password expires', user.passwordNeverExpires ? 'Never (set not to expire)' : when(user.passwordExpiresAt)],
                ['Must change password', yesNo(user.forcePasswordChangeNext)],
                ['Created', when(user.createdAt)],
                ['Last changed', when(user.modifiedAt)],
              ]}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>Roles and administrative rights</h2>
            </CardTitle>
            <CardDescription>{user.roles.length === 1 ? '1 role' : `${user.roles.length} roles`}</CardDescription>
          </CardHeader>
          <CardContent>
            {user.roles.length === 0 ? (
              <p className="text-muted-foreground text-sm">No roles.</p>
            ) : (
              <ul className="divide-y text-sm">
                {user.roles.map((role) => (
                  <li key={role.id} className="py-2 first:pt-0">
                    <p className="font-medium break-words">
                      {role.name}
                      {role.organization && <span className="text-muted-foreground font-normal"> · {role.organization}</span>}
                    </p>
                    {role.rights.length > 0 && (
                      <ul className="mt-1 flex flex-wrap gap-1">
                        {role.rights.map((right) => (
                          <li key={right.path}>
                            <Badge variant="secondary" title={right.path}>
                              {right.service || right.path}
                            </Badge>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>Reporting line</h2>
            </CardTitle>
            <CardDescription>The manager first, then up to the top.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-3 text-sm">
            {user.managers.length === 0 ? (
              <p className="text-muted-foreground">No manager.</p>
            ) : (
              <ol className="space-y-1">
                {user.managers.map((manager, index) => (
                  <li key={manager.id} style={{ paddingLeft: `${index * 0.75}rem` }}>
                    <Link
                      to="/t/$tenant/identity/users/$userId"
                      params={{ tenant, userId: manager.id }}
                      className="font-medium break-words underline-offset-4 hover:underline"
                    >
                      {manager.displayName}
                    </Link>{' '}
                    <span className="text-muted-foreground break-all">{manager.username}</span>
                  </li>
                ))}
              </ol>
            )}
            <p className="text-muted-foreground text-xs">
              Direct reports are not listed: the Identity API offers no query for them short of reading the whole directory.
            </p>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>Extended attributes</h2>
            </CardTitle>
            {can.write && (
              <CardAction>
                <Button variant="outline" size="sm" onClick={() => setAdminDialog('attributes')}>
                  <Pencil aria-hidden />
                  Edit attributes
                </Button>
              </CardAction>
            )}
          </CardHeader>
          <CardContent>
            {attributes.length === 0 ? (
              <p className="text-muted-foreground text-sm">The tenant defines no extended attributes.</p>
            ) : (
              <Facts items={attributes.map(([name, value]) => [name, value === null ? null : typeof value === 'boolean' ? yesNo(value) : String(value)])} />
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>Settings</h2>
            </CardTitle>
            <CardDescription>Core/GetUserSettings</CardDescription>
          </CardHeader>
          <CardContent className="text-sm">
            {user.settings.length === 0 ? (
              <p className="text-muted-foreground">The directory keeps no settings for this user.</p>
            ) : (
              <pre className="bg-muted overflow-x-auto rounded-md p-3 text-xs">{JSON.stringify(user.settings, null, 2)}</pre>
            )}
          </CardContent>
        </Card>
      </div>

      <UserActionDialogs
        tenant={tenant}
        user={target}
        open={dialog}
        onClose={() => setDialog(null)}
        onDeleted={() => void navigate({ to: '/t/$tenant/identity/users', params: { tenant } })}
      />
      {adminDialog === 'profile' && <EditProfileDialog tenant={tenant} user={user} onClose={() => setAdminDialog(null)} />}
      {adminDialog === 'state' && <SetStateDialog tenant={tenant} user={user} onClose={() => setAdminDialog(null)} />}
      {adminDialog === 'picture' && <SetPictureDialog tenant={tenant} user={user} onClose={() => setAdminDialog(null)} />}
      {adminDialog === 'attributes' && <EditAttributesDialog tenant={tenant} user={user} onClose={() => setAdminDialog(null)} />}
    </div>
  )
}
