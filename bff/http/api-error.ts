import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ERROR_CODES, type ApiErrorBody, type FieldIssue } from '../../contract/errors'
import type { Permission } from '../../contract/roles'

/** An error the console API reports as `{ error: { code, message, details } }` with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } }
  }
}

export const unauthenticated = () =>
  new ApiError(401, ERROR_CODES.unauthenticated, 'You are not signed in, or your session has ended. Sign in again.')

export const forbidden = (permission: Permission) =>
  new ApiError(403, ERROR_CODES.forbidden, `You do not have the permission this needs: ${permission}.`, { permission })

export const notFound = (what: string) => new ApiError(404, ERROR_CODES.notFound, `${what} was not found.`)

export const validationFailed = (issues: FieldIssue[]) =>
  new ApiError(400, ERROR_CODES.validation, 'Some fields are not valid.', { fields: issues })

export const conflict = (message: string) => new ApiError(409, ERROR_CODES.conflict, message)
