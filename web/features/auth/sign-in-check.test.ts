import { describe, expect, it } from 'vitest'
import { checkSignIn, loadSignInSchema } from './sign-in-check'

describe('checkSignIn', () => {
  it('asks for both fields when nothing is typed, one error each', async () => {
    expect(await checkSignIn({ username: '', password: '' })).toEqual({
      ok: false,
      errors: { username: 'Enter your username', password: 'Enter your password' },
    })
  })

  it('counts a username of spaces as empty, as the BFF does', async () => {
    expect(await checkSignIn({ username: '   ', password: 'secret' })).toEqual({ ok: false, errors: { username: 'Enter your username' } })
  })

  it('refuses a username or password that is too long', async () => {
    const check = await checkSignIn({ username: 'a'.repeat(129), password: 'p'.repeat(1025) })
    expect(check).toEqual({
      ok: false,
      errors: { username: 'Usernames are at most 128 characters', password: 'Passwords are at most 1024 characters' },
    })
  })

  it('gives the request to send, the username trimmed and the password as typed', async () => {
    expect(await checkSignIn({ username: '  admin ', password: ' pass word ' })).toEqual({ ok: true, request: { username: 'admin', password: ' pass word ' } })
  })
})

describe('loadSignInSchema', () => {
  it('loads the schema once and hands out the same one', async () => {
    const [first, second] = await Promise.all([loadSignInSchema(), loadSignInSchema()])
    expect(first).toBe(second)
    expect(await loadSignInSchema()).toBe(first)
  })
})
