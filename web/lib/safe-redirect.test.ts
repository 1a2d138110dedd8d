import { describe, expect, it } from 'vitest'
import { safeRedirect } from './safe-redirect'

describe('safeRedirect', () => {
  it('keeps paths on this origin', () => {
    expect(safeRedirect('/t/demo/identity/users?page=2')).toBe('/t/demo/identity/users?page=2')
  })
  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', undefined, 42, '/sign-in?redirect=/x'])(
    'sends %s to the start page',
    (target) => {
      expect(safeRedirect(target)).toBe('/')
    },
  )
})
