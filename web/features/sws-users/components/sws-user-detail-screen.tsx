import type { SwsUserDetail } from '@contract/sws-users'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ArrowLeft, CircleAlert, Power, PowerOff, RotateCw, Trash2 } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { PageHeader } from '@/components/page-header'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { Skeleton } from '@/components/ui/skeleton'
import { DateTime } from '@/components/date-time'
import { swsUserDetailQueryOptions } from '../api/sws-user-queries'
import type { SwsUserPermissions } from './sws-user-actions-menu'
import { SwsUserDeleteDialog } from './sws-user-delete-dialog'
import { SwsUserStatusBadge } from './sws-user-status-badge'
import { SwsUserStatusDialog } from './sws-user-status-dialog'

export interface SwsUserDetailScreenProps {
  tenant: string
  userId: string
  permissions: SwsUserPermissions
  /** After a delete the user is gone: back to the list. */
  onDeleted: () => void
}

type Open = 'Activated' | 'Deactivated' | 'delete' | null

function BackLink({ tenant }: { tenant: string }) {
  return (
    <Button variant="ghost" size="sm" asChild className="-ml-2 mb-2">
      <Link to="/t/$tenant/sws/users" params={{ tenant }}>
        <ArrowLeft aria-hidden />
        All SWS users
      </Link>
    </Button>
  )
}

const none = (label: string) => <span className="text-muted-foreground">— {label}</span>

/** One SWS user as the gateway holds them, with the changes the operator may make. */
export function SwsUserDetailScreen(props: SwsUserDetailScreenProps) {
  const detail = useQuery(swsUserDetailQueryOptions(props.tenant, props.userId))
  const [open, setOpen] = useState<Open>(null)
  const close = () => setOpen(null)

  if (detail.error) {
    return (
      <div>
        <BackLink tenant={props.tenant} />
        <PageHeader area="Secure Web Sessions" title="SWS user" />
        <Alert variant="destructive" className="max-w-3xl">
          <CircleAlert aria-hidden />
          <AlertTitle>The user could not be loaded</AlertTitle>
          <AlertDescription>
            <p>{detail.error.message}</p>
            <Button variant="outline" size="sm" className="mt-2" onClick={() => void detail.refetch()}>
              <RotateCw aria-hidden />
              Try again
            </Button>
          </AlertDescription>
        </Alert>
      </div>
    )
  }
  const user = detail.data
  if (!user) {
    return (
      <div aria-busy="true" className="space-y-4">
        <BackLink tenant={props.tenant} />
        <span className="sr-only">Loading the user</span>
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-64 max-w-3xl" />
      </div>
    )
  }

  const { canChangeStatus, canDelete } = props.permissions
  return (
    <div>
      <BackLink tenant={props.tenant} />
      <PageHeader
        area="Secure Web Sessions · User"
        title={user.fullName || user.username}
        description={<span className="break-all">{user.username}</span>}
        actions={
          <>
            {canChangeStatus &&
              (user.status === 'Deactivated' ? (
                <Button variant="outline" onClick={() => setOpen('Activated')}>
                  <Power aria-hidden />
                  Activate…
                </Button>
              ) : (
                <Button variant="outline" onClick={() => setOpen('Deactivated')}>
                  <PowerOff aria-hidden />
                  Deactivate…
                </Button>
              ))}
            {canDelete && (
              <Button variant="destructive" onClick={() => setOpen('delete')}>
                <Trash2 aria-hidden />
                Delete from SWS…
              </Button>
            )}
          </>
        }
      />
      <Card className="max-w-3xl">
        <CardHeader>
          <CardTitle asChild>
            <h2>Account</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <UserFacts user={user} />
        </CardContent>
      </Card>
      {(open === 'Activated' || open === 'Deactivated') && <SwsUserStatusDialog tenant={props.tenant} user={user} status={open} onClose={close} />}
      {open === 'delete' && <SwsUserDeleteDialog tenant={props.tenant} user={user} onClose={close} onDeleted={props.onDeleted} />}
    </div>
  )
}

function UserFacts({ user }: { user: SwsUserDetail }) {
  const rows: Array<[string, ReactNode]> = [
    ['Status', <SwsUserStatusBadge key="status" status={user.status} />],
    ['Role', user.role || none('no role')],
    ['First name', user.firstName || none('not set')],
    ['Last name', user.lastName || none('not set')],
    ['Login', <span key="login" className="break-all">{user.username}</span>],
    [
      'Last sign-in',
      user.lastLogin ? (
        <DateTime key="last" value={user.lastLogin} />
      ) : (
        none('never')
      ),
    ],
    ['Invited by', user.invitedBy ? <span className="break-all">{user.invitedBy}</span> : none('not recorded')],
    ['Phone', [user.phoneNumber, user.phoneModel, user.phoneOS].filter(Boolean).join(' · ') || none('no phone registered')],
    ['App version', user.appVersion || none('unknown')],
    ['SWS user id', <code key="id" className="font-mono text-xs break-all">{user.id}</code>],
  ]
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground font-medium">{label}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
