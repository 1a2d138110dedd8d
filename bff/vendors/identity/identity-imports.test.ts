import { describe, expect, it } from 'vitest'
import { createdUserUuid, createUserArgs, existingUsers, existingUsersQuery } from './identity-imports'

const row = { username: 'ann@x.sim', email: 'ann@example.com', display_name: '', mobile_number: '+1 555', office_number: ' ', description: '', organization: 'Sales' }

describe('CreateUser per import row', () => {
  it('sends the login, mail and the optional cells that have a value', () => {
    expect(createUserArgs(row, true)).toEqual({ Name: 'ann@x.sim', Mail: 'ann@example.com', MobileNumber: '+1 555', OrgPath: 'Sales', SendEmailInvite: true })
    expect(createUserArgs({ ...row, display_name: 'Ann' }, false)).toMatchObject({ DisplayName: 'Ann', SendEmailInvite: false })
  })

  it('reads the new Uuid from the string result only', () => {
    expect(createdUserUuid('0b5c…')).toBe('0b5c…')
    expect(createdUserUuid(null)).toBeNull()
    expect(createdUserUuid({ Uuid: 'x' })).toBeNull()
  })
})

describe('existing users look-up', () => {
  it('quotes names as SQL strings, doubling quotes, and pages to fit', () => {
    const query = existingUsersQuery(["o'neil@x.sim", 'b@x.sim'])
    expect(query.Script).toBe("Select ID, Username from User where Username in ('o''neil@x.sim', 'b@x.sim')")
    expect(query.Args).toMatchObject({ PageNumber: 1, PageSize: 2, Limit: 2 })
  })

  it('maps lower-cased logins to their ids', () => {
    const result = { Results: [{ Row: { ID: 'u1', Username: 'Ann@X.sim' } }, { Row: { ID: 7 } }], FullCount: 2 }
    expect([...existingUsers(result)]).toEqual([['ann@x.sim', 'u1']])
    expect(() => existingUsers({})).toThrow(/table/)
  })
})
