import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'
import { apiWriteHeaders, DEMO } from './fixtures'

/** Admin API calls a journey needs as set-up (the journey itself then works through the UI). */
export async function adminApi(request: APIRequestContext, origin: string) {
  const signIn = await request.post(`${origin}/api/auth/sign-in`, { headers: apiWriteHeaders(origin), data: DEMO.admin })
  expect(signIn.status()).toBe(200)
  const post = async (path: string, data: unknown) => {
    const response = await request.post(`${origin}${path}`, { headers: apiWriteHeaders(origin), data })
    expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300)
    return response.json()
  }
  return {
    createTenant: (id: string, name: string) => post('/api/tenants', { id, name }),
    createOperator: (username: string, password: string, grants: Array<{ role: string; tenantId: string | null }>) =>
      post('/api/console/operators', { username, displayName: `Test ${username}`, password, grants }),
  }
}

/** A name no other journey or run uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}
