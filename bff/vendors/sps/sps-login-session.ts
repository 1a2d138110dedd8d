import { ERROR_CODES } from '../../../contract/errors'
import { ApiError } from '../../http/api-error'
import { vendorFailure } from '../http/vendor-errors'
import type { VendorHttpClient, VendorStream } from '../http/vendor-http-client'
import type { HttpMethod, QueryValue } from '../http/vendor-request'
import { readJson, type VendorResponse } from '../http/vendor-response'
import { spsError } from './sps-errors'

export interface SpsCredentials {
  username: string
  password: string
}

export interface SpsSendOptions {
  query?: Readonly<Record<string, QueryValue>>
  json?: unknown
  checkApplied?: () => Promise<boolean>
  requestId?: string
}

/**
 * One SPS login session (its `session_id` cookie). SPS ties a transaction to the session that
 * opened it, so a session that holds a transaction must never silently log in again.
 */
export interface SpsLoginSession {
  send(method: HttpMethod, path: string, options?: SpsSendOptions): Promise<VendorResponse>
  /** A GET whose body is streamed (a download); a failed answer becomes a console error. */
  stream(path: string, options?: { requestId?: string }): Promise<Extract<VendorStream, { ok: true }>>
  /** While true, a 401 is an error (the transaction died with the session), not a cue to log in. */
  holdsTransaction: boolean
  readonly loggedIn: boolean
  /**
   * Ends this login for good (sign-out, console-session expiry, shutdown): later sends are
   * refused with `reason`, so a change still running cannot log in afresh and carry on. SPS has
   * no logout; its idle timer ends the session on the appliance.
   */
  end(reason: string): void
  /** Called after every new login (e.g. to drop a cached firmware version). */
  onLogin?: () => void
}

const SESSION_COOKIE = /^\s*session_id=([^;]+)/

/** The `session_id` SPS sets at sign-in; it is a credential, so it is never logged. */
function sessionCookie(response: VendorResponse): string | null {
  for (const value of response.headers['set-cookie'] ?? []) {
    const match = SESSION_COOKIE.exec(value)
    if (match?.[1]) return match[1]
  }
  return null
}

export function createSpsLoginSession(http: VendorHttpClient, credentials: SpsCredentials): SpsLoginSession {
  let cookie: string | null = null
  let loggingIn: Promise<string> | null = null
  let endedBecause: string | null = null

  async function login(): Promise<string> {
    const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
    const response = await http.send({ method: 'GET', path: '/api/authentication', headers: { authorization: `Basic ${basic}` } })
    if (response.status !== 200) throw spsError(response)
    const value = sessionCookie(response)
    if (!value) throw vendorFailure('sps', 'signed in without a session cookie.')
    session.onLogin?.()
    return value
  }

  // Concurrent reads share one login, as tokens share one refresh.
  const currentCookie = async () => {
    if (cookie) return cookie
    loggingIn ??= login().finally(() => (loggingIn = null))
    cookie = await loggingIn
    return cookie
  }

  async function sendOnce(method: HttpMethod, path: string, options: SpsSendOptions, sessionCookieValue: string) {
    return http.send({
      method,
      path,
      headers: { cookie: `session_id=${sessionCookieValue}` },
      ...(options.query ? { query: options.query } : {}),
      ...(options.json === undefined ? {} : { json: options.json }),
      ...(options.checkApplied ? { checkApplied: options.checkApplied } : {}),
      ...(options.requestId ? { requestId: options.requestId } : {}),
    })
  }

  const session: SpsLoginSession = {
    holdsTransaction: false,
    get loggedIn() {
      return cookie !== null
    },
    async send(method, path, options = {}) {
      if (endedBecause !== null) throw new ApiError(409, ERROR_CODES.conflict, endedBecause)
      const used = await currentCookie()
      let response = await sendOnce(method, path, options, used)
      if (response.status !== 401) return response
      if (cookie === used) cookie = null
      if (session.holdsTransaction) {
        session.holdsTransaction = false
        throw vendorFailure('sps', 'ended the login session that held the transaction; its pending changes were discarded. Start the change again.')
      }
      response = await sendOnce(method, path, options, await currentCookie())
      return response
    },
    async stream(path, options = {}) {
      if (endedBecause !== null) throw new ApiError(409, ERROR_CODES.conflict, endedBecause)
      const open = (value: string) => http.openStream({ path, headers: { cookie: `session_id=${value}` }, ...(options.requestId ? { requestId: options.requestId } : {}) })
      const used = await currentCookie()
      let answer = await open(used)
      if (!answer.ok && answer.response.status === 401 && !session.holdsTransaction) {
        if (cookie === used) cookie = null
        answer = await open(await currentCookie())
      }
      if (!answer.ok) throw spsError(answer.response)
      return answer
    },
    end(reason) {
      endedBecause = reason
      cookie = null
      session.holdsTransaction = false
    },
  }
  return session
}

/** The JSON body of a successful SPS answer; failures become console errors. */
export async function spsJson(response: Promise<VendorResponse>): Promise<unknown> {
  const answer = await response
  if (answer.confirmedByCheck) return null
  if (answer.status >= 200 && answer.status < 300) {
    const body = readJson(answer)
    if (body === undefined && answer.text.trim() !== '') throw vendorFailure('sps', 'answered in an unexpected format.')
    return body ?? null
  }
  throw spsError(answer)
}
