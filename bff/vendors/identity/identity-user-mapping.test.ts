import { describe, expect, it } from 'vitest'
import { generatePassword, profileArgs } from './identity-user-actions'
import { attributesFromColumns, managersFromHierarchy, rolesFromTable, stateFlagsOf, userDetailFrom } from './identity-user-detail'
import { checkPicture } from './identity-user-picture'
import { identityDate } from './identity-user-wire'
import { directoryQueryArgs, directoryUserFilter, userPageFromDirectoryResult } from './identity-users-query'
import { mergedColumns, schemaFromWire, schemaToWire } from './identity-users-schema'

// Pure translations between Identity's wire format and the console's user shapes.

const table = (rows: Record<string, unknown>[], fullCount = rows.length) => ({
  Results: rows.map((Row) => ({ Entities: [], Row })),
  FullCount: fullCount,
})

describe('directory query', () => {
  it('builds the user filter: prefix search on login, name and e-mail; a user id; state filters', () => {
    expect(directoryUserFilter({})).toEqual({})
    expect(directoryUserFilter({ q: ' ali ' })).toEqual({
      _or: [{ SystemName: { _like: 'ali' } }, { DisplayName: { _like: 'ali' } }, { EMail: { _like: 'ali' } }],
    })
    expect(directoryUserFilter({ q: '0B7C6A3E-1111-4222-8333-944455556666' })).toEqual({
      InternalName: { _eq: '0B7C6A3E-1111-4222-8333-944455556666' },
    })
    expect(
      directoryUserFilter({
        status: 'Locked',
        locked: 'true',
        enabled: 'false',
      }),
    ).toEqual({
      _and: [{ Status: { _eq: 'Locked' } }, { Locked: { _eq: true } }, { Enabled: { _eq: false } }],
    })
  })

  it('sends filters as JSON text with Redrock paging and sort', () => {
    const args = directoryQueryArgs({ q: 'a', sort: '-email' }, { page: 3, pageSize: 25 })
    expect(JSON.parse(args.user as string)).toEqual(directoryUserFilter({ q: 'a' }))
    expect(args.Args).toMatchObject({
      PageNumber: 3,
      PageSize: 25,
      SortBy: 'EMail',
      Ascending: false,
    })
    expect(directoryQueryArgs({}, { page: 1, pageSize: 10 }).Args).toMatchObject({ SortBy: 'DisplayName', Ascending: true })
  })

  it('maps rows to user summaries with the total', () => {
    const row = {
      InternalName: 'u-1',
      SystemName: 'a@x',
      DisplayName: '<b>A</b>',
      EMail: null,
      Status: 'Suspended',
      Locked: false,
      Enabled: false,
      ServiceType: 'CDS',
      Description: '',
    }
    expect(userPageFromDirectoryResult({ User: table([row], 301) }, { page: 2, pageSize: 10 })).toEqual({
      items: [
        {
          id: 'u-1',
          username: 'a@x',
          displayName: '<b>A</b>',
          email: null,
          description: null,
          status: 'Suspended',
          locked: false,
          enabled: false,
          directory: 'CDS',
        },
      ],
      total: 301,
      page: 2,
      pageSize: 10,
    })
    expect(() => userPageFromDirectoryResult({ User: table([{ DisplayName: 'x' }]) }, { page: 1, pageSize: 10 })).toThrow(/InternalName/)
  })
})

describe('user detail', () => {
  it('reads /Date(ms)/, "never" and ISO dates', () => {
    expect(identityDate('/Date(1700000000000)/')).toBe('2023-11-14T22:13:20.000Z')
    expect(identityDate('/Date(-62135596800000)/')).toBeNull()
    expect(identityDate(null)).toBeNull()
    expect(identityDate('2026-01-01T00:00:00Z')).toBe('2026-01-01T00:00:00.000Z')
  })

  it('splits the served state into flags', () => {
    expect(stateFlagsOf('None')).toEqual([])
    expect(stateFlagsOf('Locked, Disabled')).toEqual(['Locked', 'Disabled'])
    expect(stateFlagsOf(undefined)).toEqual([])
  })

  it('maps roles with rights, the reporting line without the user, and ExtData values', () => {
    expect(
      rolesFromTable(
        table([
          {
            ID: 'sysadmin',
            Name: 'System Administrator',
            Description: null,
            OrgPath: null,
            AdministrativeRights: [
              {
                Path: '/lib/rights/usermgmt.json',
                ServiceName: 'User Management',
              },
            ],
          },
        ]),
      ),
    ).toEqual([
      {
        id: 'sysadmin',
        name: 'System Administrator',
        description: null,
        organization: null,
        rights: [
          {
            path: '/lib/rights/usermgmt.json',
            service: 'User Management',
            description: null,
          },
        ],
      },
    ])
    const hierarchy = table([
      { Uuid: 'me', Name: 'me@x', DisplayName: 'Me', ReportsTo: 'boss@x' },
      { Uuid: 'boss', Name: 'boss@x', DisplayName: 'Boss', ReportsTo: null },
    ])
    expect(managersFromHierarchy(hierarchy, 'me')).toEqual([{ id: 'boss', username: 'boss@x', displayName: 'Boss' }])
    expect(
      attributesFromColumns({
        EmployeeId: 'E1',
        Termination_Flag: false,
        Start: '/Date(0)/',
        Gone: undefined,
      }),
    ).toEqual({
      EmployeeId: 'E1',
      Termination_Flag: false,
      Start: '1970-01-01T00:00:00.000Z',
      Gone: null,
    })
  })

  it('combines the reads into one detail', () => {
    const detail = userDetailFrom('u-1', {
      attributes: {
        Uuid: 'u-1',
        Name: 'a@x',
        DisplayName: 'A',
        Mail: 'a@example.com',
        State: 'Locked, Expired',
        OrgPath: 'Sales',
        PictureUri: null,
        ForcePasswordChangeNext: 'True',
        CreateDate: '/Date(0)/',
        directoryServiceUuid: 'dir',
      },
      info: {
        DirectoryServiceType: 'CDS',
        IsSysAdmin: true,
        LastLoginDate: null,
        PasswordExpDate: '/Date(-62135596800000)/',
      },
      cloudLocked: true,
      lockedOutByPolicy: false,
      risk: { Uuid: 'u-1', RiskLevel: 'High' },
      roles: table([]),
      hierarchy: table([{ Uuid: 'u-1', Name: 'a@x', DisplayName: 'A' }]),
      extData: {},
      settings: table([]),
    })
    expect(detail).toMatchObject({
      id: 'u-1',
      stateFlags: ['Locked', 'Expired'],
      cloudLocked: true,
      enabled: true,
      expired: true,
      riskLevel: 'High',
      isSysAdmin: true,
      forcePasswordChangeNext: true,
      organization: 'Sales',
      createdAt: '1970-01-01T00:00:00.000Z',
      passwordExpiresAt: null,
      managers: [],
      directory: 'CDS',
    })
  })
})

describe('changes', () => {
  it('sends empty profile fields as empty text, which clears them', () => {
    expect(
      profileArgs({
        displayName: 'A',
        email: '',
        mobileNumber: null,
        officeNumber: ' 1 ',
        homeNumber: null,
        description: null,
      }),
    ).toEqual({
      DisplayName: 'A',
      Mail: '',
      MobileNumber: '',
      OfficeNumber: '1',
      HomeNumber: '',
      Description: '',
    })
  })

  it('generates strong, different passwords', () => {
    const passwords = new Set(Array.from({ length: 50 }, () => generatePassword()))
    expect(passwords.size).toBe(50)
    for (const password of passwords) expect(password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[!#%+\-=?@_]).{20}$/)
  })

  it('takes pictures by their own bytes, not their claimed type', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]).toString('base64')
    expect(checkPicture(png)).toEqual({
      ok: true,
      type: 'image/png',
      bytes: 9,
    })
    expect(checkPicture(Buffer.from('<svg/>').toString('base64'))).toMatchObject({ ok: false })
    expect(checkPicture('not base64!')).toMatchObject({ ok: false })
    expect(checkPicture(Buffer.alloc(2 * 1024 * 1024 + 1, 0xff).toString('base64'))).toMatchObject({ ok: false, message: expect.stringContaining('2 MB') })
  })

  it('keeps every existing schema column when adding or changing one', () => {
    const schema = schemaFromWire({
      Columns: [
        {
          Name: 'EmployeeId',
          Title: null,
          Description: null,
          Type: 'Text',
          UserEditable: false,
        },
        { Name: 'Flag', Type: 'Bool', UserEditable: 'True' },
      ],
      ColumnLimit: 25,
    })
    expect(schema.columns[1]).toEqual({
      name: 'Flag',
      title: null,
      description: null,
      type: 'Bool',
      userEditable: true,
    })
    const merged = mergedColumns(schema.columns, [
      {
        name: 'employeeid',
        title: 'Employee',
        description: null,
        type: 'Text',
        userEditable: true,
      },
      {
        name: 'Badge',
        title: null,
        description: null,
        type: 'Text',
        userEditable: false,
      },
    ])
    expect(merged.map((column) => column.name)).toEqual(['EmployeeId', 'Flag', 'Badge'])
    expect(schemaToWire(merged)).toMatchObject({
      Table: 'users',
      Columns: {
        EmployeeId: { Title: 'Employee', UserEditable: true },
        Flag: { Type: 'Bool' },
        Badge: { Type: 'Text' },
      },
    })
  })
})
