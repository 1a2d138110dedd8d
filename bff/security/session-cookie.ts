import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { isSecureRequest } from './client-ip'

const BASE_NAME = 'gatehouse_session'

/** `__Host-` prefixed and Secure over HTTPS; a plain name over HTTP, where browsers refuse both. */
export function sessionCookieName(c: Context, trustProxy: boolean): string {
  return isSecureRequest(c, trustProxy) ? `__Host-${BASE_NAME}` : BASE_NAME
}

export function readSessionCookie(c: Context, trustProxy: boolean): string | undefined {
  return getCookie(c, sessionCookieName(c, trustProxy))
}

export function writeSessionCookie(c: Context, trustProxy: boolean, token: string): void {
  // A browser-session cookie: the server enforces the idle and absolute timeouts.
  setCookie(c, sessionCookieName(c, trustProxy), token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isSecureRequest(c, trustProxy),
  })
}

export function clearSessionCookie(c: Context, trustProxy: boolean): void {
  deleteCookie(c, sessionCookieName(c, trustProxy), { path: '/', secure: isSecureRequest(c, trustProxy), httpOnly: true, sameSite: 'Strict' })
}
