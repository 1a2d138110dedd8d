import { badArgument, notFound } from '../envelope/identity-api-error'
import type { IdentityData } from '../data/identity-data'
import type { IdentityUser } from '../data/identity-users'

// Users are addressed by Uuid (any case) or by login name (case-insensitive), depending on the
// endpoint; both lookups avoid building records beyond the one found.

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function looksLikeUuid(value: string): boolean {
  return UUID_PATTERN.test(value)
}

export function findUserByUuid(data: IdentityData, uuid: string): IdentityUser | undefined {
  return data.users.get(uuid.trim().toLowerCase())
}

export function findUserByName(data: IdentityData, name: string): IdentityUser | undefined {
  return data.users.findBy(data.userColumns.nameKey, name.trim().toLowerCase())[0]
}

/** Uuid first, then login name: several endpoints take either. */
export function findUser(data: IdentityData, idOrName: string): IdentityUser | undefined {
  return (looksLikeUuid(idOrName.trim()) ? findUserByUuid(data, idOrName) : undefined) ?? findUserByName(data, idOrName)
}

export function requireUser(data: IdentityData, idOrName: string | null | undefined, argumentName = 'ID'): IdentityUser {
  if (idOrName === undefined || idOrName === null || idOrName.trim() === '') throw badArgument(`Parameter '${argumentName}' must be specified.`)
  const user = findUser(data, idOrName)
  if (!user) throw notFound(`User '${idOrName}' was not found.`)
  return user
}
