/** Signs in through the console API as a browser would and returns the session cookie ("name=value"). */
export async function signInCookie(origin: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-gatehouse-csrf': '1', 'sec-fetch-site': 'same-origin', origin },
    body: JSON.stringify({ username, password }),
    signal: AbortSignal.timeout(30_000),
  })
  const body = await response.text()
  if (!response.ok) throw new Error(`sign-in as ${username} answered ${response.status}: ${body.slice(0, 300)}`)
  const cookie = response.headers.getSetCookie().map((header) => header.split(';')[0] ?? '').find((pair) => pair.includes('='))
  if (!cookie) throw new Error(`sign-in as ${username} set no cookie`)
  return cookie
}
