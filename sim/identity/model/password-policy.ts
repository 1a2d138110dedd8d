import { badArgument } from '../envelope/identity-api-error'

/** The Cloud Directory's default password policy length (UNSURE: tenants configure it). */
export const MIN_PASSWORD_LENGTH = 8

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badArgument(`Password does not meet the password policy requirements: it must be at least ${MIN_PASSWORD_LENGTH} characters long.`)
  }
}
