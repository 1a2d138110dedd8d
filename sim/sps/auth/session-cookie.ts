import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'

// The `session_id` cookie SPS sets on `GET /api/authentication`. The guides say it is valid for
// 20 minutes and that clients check its expiry (so it carries Max-Age/Expires). The session
// itself ends after 20 idle minutes, so every authenticated answer renews the cookie's expiry too:
// a client's cookie jar then never drops a session the appliance still honours (our choice).

export const SESSION_COOKIE = 'session_id'

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE)
}

export function writeSessionCookie(c: Context, token: string, maxAgeSeconds: number, nowMs: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    // Browsers and strict cookie jars drop Secure cookies over plain HTTP; the real box is HTTPS only.
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: Math.floor(maxAgeSeconds),
    expires: new Date(nowMs + maxAgeSeconds * 1000),
  })
}
