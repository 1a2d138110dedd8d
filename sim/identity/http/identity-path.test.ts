import { describe, expect, it } from 'vitest'
import { identityRoutingPath } from './identity-path'

const route = (path: string) => identityRoutingPath(new Request(`http://tenant.test${path}`))

describe('identity routing path', () => {
  it('lowers controller and action, drops a trailing slash, keeps the query out', () => {
    expect(route('/CDirectoryService/GetUser?ID=X')).toBe('/cdirectoryservice/getuser')
    expect(route('/OAuth2/PlatformToken/')).toBe('/oauth2/platformtoken')
    expect(route('/')).toBe('/')
  })

  it('keeps the case of SCIM ids and of /__sim paths', () => {
    expect(route('/Scim/v2/Users/AbC-1')).toBe('/scim/v2/users/AbC-1')
    expect(route('/SCIM/Groups/Privilege_Cloud_Users_ID')).toBe('/scim/groups/Privilege_Cloud_Users_ID')
    expect(route('/__sim/collections/users/X')).toBe('/__sim/collections/users/X')
  })
})
