import { E2E_SIMULATORS } from '../../playwright.config'

/**
 * A call to the Identity simulator's own API as the demo service user, the way a vendor client
 * calls it: journeys use it for set-up and to check outcomes where they live, never for the journey.
 */
export async function identityApi(path: string, args: Record<string, unknown>): Promise<unknown> {
  const token = (await (
    await fetch(`${E2E_SIMULATORS.identity}/oauth2/platformtoken`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=demo-service%40gatehouse.sim&client_secret=demo-secret',
    })
  ).json()) as { access_token: string }
  const response = await fetch(`${E2E_SIMULATORS.identity}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  })
  return ((await response.json()) as { Result: unknown }).Result
}
