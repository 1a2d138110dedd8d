import type { SessionInfo } from '@contract/auth'
import { can, type Permission } from '@contract/roles'
import { notFound } from '@tanstack/react-router'
import { screenById, type ScreenId } from './navigation'

/** Data carried by a guard's refusal; the not-found component shows it as a 403 page. */
export interface ForbiddenData {
  forbidden: { permission?: Permission; message?: string }
}

export function isForbiddenData(data: unknown): data is ForbiddenData {
  return typeof data === 'object' && data !== null && 'forbidden' in data
}

interface GuardArgs {
  context: { session: SessionInfo }
  params: object
}

/**
 * beforeLoad for a screen: the BFF refuses anyway; this spares the operator a broken page.
 * It refuses through notFound() because the router logs every other thrown error to the console.
 */
export function guardScreen(id: ScreenId) {
  const { permission } = screenById(id)
  // Generic, so a route with params of its own ($userId…) keeps them: a plain GuardArgs
  // parameter made TypeScript infer the route's params from it.
  return <Args extends GuardArgs>({ context, params }: Args): void => {
    const tenant = 'tenant' in params && typeof params.tenant === 'string' ? params.tenant : null
    if (!can(context.session.operator.grants, tenant, permission)) {
      throw notFound({ data: { forbidden: { permission } } satisfies ForbiddenData })
    }
  }
}
