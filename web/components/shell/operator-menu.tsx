import type { SessionInfo } from '@contract/auth'
import { ROLE_LABELS } from '@contract/roles'
import { Link } from '@tanstack/react-router'
import { KeyRound, LogOut } from 'lucide-react'
import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { useSignOut } from './use-sign-out'

export function describeGrants(session: SessionInfo): string {
  return session.operator.grants
    .map((grant) => `${ROLE_LABELS[grant.role]}${grant.tenantId ? ` (${grant.tenantId})` : ''}`)
    .join(', ') || 'No role'
}

export function OperatorMenu({ session }: { session: SessionInfo }) {
  const signOut = useSignOut()
  const { displayName, username } = session.operator
  const initials = displayName.split(/\s+/).map((part) => part[0] ?? '').join('').slice(0, 2).toUpperCase()
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" className="gap-2 px-2" aria-label={`Signed in as ${username}. Account menu`}>
          <span className="bg-primary text-primary-foreground flex size-7 items-center justify-center rounded-full text-xs font-semibold" aria-hidden>
            {initials || '?'}
          </span>
          <span className="hidden max-w-32 truncate text-sm sm:inline">{username}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="font-normal">
          <div className="text-sm font-medium">{displayName}</div>
          <div className="text-muted-foreground text-xs">{username}</div>
          <div className="text-muted-foreground mt-1 text-xs">{describeGrants(session)}</div>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link to="/console/account">
            <KeyRound aria-hidden />
            Account security
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOut()}>
          <LogOut aria-hidden />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
