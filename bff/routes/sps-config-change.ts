import type { Context } from 'hono'
import type { AuditAction } from '../../contract/audit-log'
import { ERROR_CODES, type ApiErrorBody, type FieldIssue } from '../../contract/errors'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { ApiError, conflict } from '../http/api-error'
import { VendorApiError } from '../vendors/http/vendor-errors'
import { stageChange } from '../vendors/sps/sps-changes-session'
import type { SpsConnection, SpsWriteSession } from '../vendors/sps/sps-connection'
import { withTransaction, type SpsTransaction } from '../vendors/sps/sps-transaction'
import { assertRecentAuth } from '../security/reauth'
import { getSession } from '../security/sessions'

// One SPS configuration change from a console route: into the operator's pending changes, or
// (`commit`) in a transaction of its own committed at once. Audited either way, refusals too.

/** SPS's refusal with its field errors beside the console's fields (`details.errors` of a SemanticError). */
class SpsFieldRefusal extends VendorApiError {
  constructor(
    message: string,
    vendor: unknown,
    readonly fields: FieldIssue[],
  ) {
    super(400, ERROR_CODES.validation, message, vendor)
  }

  override toBody(): ApiErrorBody {
    const body = super.toBody()
    return { error: { ...body.error, details: { fields: this.fields } } }
  }
}

/** SPS field paths (`members.0`) named as the request's fields; unknown ones stay form-level. */
function withFieldErrors(error: unknown, fieldOf: (spsField: string) => string | null): unknown {
  if (!(error instanceof VendorApiError) || error.status !== 400) return error
  const vendor = error.vendor as { details?: { errors?: Array<{ field?: unknown; message?: unknown }> } } | undefined
  const errors = Array.isArray(vendor?.details?.errors) ? vendor.details.errors : []
  const fields = errors.flatMap((entry) => {
    const path = typeof entry.field === 'string' ? fieldOf(entry.field) : null
    return path && typeof entry.message === 'string' ? [{ path, message: entry.message }] : []
  })
  return fields.length > 0 ? new SpsFieldRefusal(error.message, error.vendor, fields) : error
}

export interface SpsChangeRequest<T> {
  action: AuditAction
  /** Names the object, e.g. `usergroup ops (key)`. */
  target: string
  reason?: string
  commit?: boolean
  details?: Record<string, unknown>
  /** What the change did, for the audit entry (e.g. members before and after). */
  resultDetails?: (result: T) => Record<string, unknown>
  /** Plain words for SPS's refusal, by what SPS said (e.g. an object still in use). */
  explain?: (vendor: { type: string; message: string; details?: unknown }) => string | null
  /** Maps SPS's field names to the request's, for field errors. */
  fieldOf?: (spsField: string) => string | null
  /** Refusals known before SPS is asked (thrown errors are audited as failures; no transaction is opened). */
  precheck?: () => Promise<void>
  change: (tx: SpsTransaction) => Promise<T>
}

export function operatorSession(c: Context<AppEnv>, sps: SpsConnection): SpsWriteSession {
  return sps.writeSession(getSession(c).idHash)
}

function explained(error: unknown, explain: SpsChangeRequest<unknown>['explain']): unknown {
  if (!explain || !(error instanceof VendorApiError)) return error
  const vendor = error.vendor as { type?: unknown; message?: unknown; details?: unknown } | undefined
  if (typeof vendor?.type !== 'string') return error
  const words = explain({ type: vendor.type, message: typeof vendor.message === 'string' ? vendor.message : '', details: vendor.details })
  return words ? new VendorApiError(error.status, error.code, words, error.vendor) : error
}

/** Runs the change (pending, or committed at once) and records it; a refusal is recorded and rethrown. */
export async function applySpsChange<T>(c: Context<AppEnv>, tenantId: string, request: SpsChangeRequest<T>): Promise<{ result: T; committed: boolean }> {
  const sps = await c.var.deps.vendors.sps(tenantId)
  const session = operatorSession(c, sps)
  const committed = request.commit === true
  const audit = { action: request.action, tenantId, target: request.target, reason: request.reason }
  try {
    await request.precheck?.()
    let result: T
    if (committed) {
      if (session.login.holdsTransaction) {
        throw conflict('You have pending SPS changes. Add this change to them and commit them together, or commit or discard them first.')
      }
      assertRecentAuth(c)
      result = await withTransaction(session, request.change, { commitMessage: request.reason ?? '', requestId: c.var.requestId })
    } else {
      result = await stageChange(session, request.change, c.var.requestId)
    }
    await recordAudit(c, { ...audit, result: 'success', details: { ...request.details, ...request.resultDetails?.(result), applied: committed ? 'committed' : 'pending' } })
    if (committed) await recordAudit(c, { action: 'sps.transaction.commit', tenantId, target: 'SPS configuration', reason: request.reason, result: 'success', details: { changes: [request.target] } })
    return { result, committed }
  } catch (caught) {
    const error = withFieldErrors(explained(caught, request.explain), request.fieldOf ?? (() => null))
    // A re-authentication prompt is not a refusal: the SPA asks and tries again.
    if (!(error instanceof ApiError && error.code === 'reauth_required')) {
      await recordAudit(c, {
        ...audit,
        result: 'failure',
        details: { ...request.details, applied: committed ? 'committed' : 'pending', error: error instanceof Error ? error.message : String(error) },
      })
    }
    throw error
  }
}
