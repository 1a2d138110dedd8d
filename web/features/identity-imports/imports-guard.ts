import type { SessionInfo } from '@contract/auth'
import { can } from '@contract/roles'
import { notFound } from '@tanstack/react-router'
import type { ForbiddenData } from '@/lib/route-guards'

/** Imports create users: only operators who may change users see them (the BFF refuses anyway). */
export const IMPORTS_PERMISSION = 'identity.users.write' as const

export function guardImports({ context, params }: { context: { session: SessionInfo }; params: { tenant: string } }) {
  if (!can(context.session.operator.grants, params.tenant, IMPORTS_PERMISSION)) {
    throw notFound({ data: { forbidden: { permission: IMPORTS_PERMISSION } } satisfies ForbiddenData })
  }
}
