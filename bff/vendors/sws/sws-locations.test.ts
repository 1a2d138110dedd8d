import { describe, expect, it } from 'vitest'
import { normalisePathPrefix, resolveSwsEndpoints } from './sws-locations'

describe('Remote Access data centers', () => {
  it('maps a data center to its api and auth hosts', () => {
    expect(resolveSwsEndpoints({ dataCenter: 'ca' })).toEqual({
      apiBaseUrl: 'https://api.ca.alero.io',
      authBaseUrl: 'https://auth.ca.alero.io',
      realmUrl: 'https://auth.ca.alero.io/auth/realms/serviceaccounts',
      tokenUrl: 'https://auth.ca.alero.io/auth/realms/serviceaccounts/protocol/openid-connect/token',
    })
    expect(resolveSwsEndpoints({ dataCenter: 'eu' }).apiBaseUrl).toBe('https://api.alero.eu')
    expect(resolveSwsEndpoints({ dataCenter: 'sg' }).authBaseUrl).toBe('https://auth.sg.alero.io')
  })

  it('uses custom addresses as given, with the realm on the API origin unless told otherwise', () => {
    expect(resolveSwsEndpoints({ baseUrl: 'http://127.0.0.1:4102/' }).tokenUrl).toBe('http://127.0.0.1:4102/auth/realms/serviceaccounts/protocol/openid-connect/token')
    expect(normalisePathPrefix(undefined)).toBe('/v2-edge')
    expect(normalisePathPrefix('v1-edge/')).toBe('/v1-edge')
  })
})
