import type { IdentityUser } from '../data/identity-users'
import type { IdentityRuntime } from '../identity-runtime'

/** Deletes a user and ends their sessions; links to them (managers, admins) resolve to nothing. */
export function deleteUser(runtime: IdentityRuntime, user: IdentityUser): void {
  runtime.data.users.delete(user.Uuid)
  runtime.context.tokens.revokeSubject(user.Uuid)
  runtime.pictures.delete(user.Uuid)
}
