import { describe, expect, it } from 'vitest'
import { createIdentityTestSim } from '../test-support/identity-test-sim'

// ExtData: the extended attribute schema of the Users table and each user's values.

describe('ExtData', () => {
  it('GetSchema answers the columns with their limits', async () => {
    const sim = await createIdentityTestSim()
    const schema = await sim.result<{ Columns: { Name: string; Type: string }[] }>('/ExtData/GetSchema', { Table: 'Users' })
    expect(schema).toMatchObject({ Indexes: [], ColumnLimit: 25, IndexLimit: 5 })
    expect(schema.Columns[0]).toEqual({ Title: null, Name: 'Termination_Flag', Description: expect.any(String), Type: 'Bool', UserEditable: true })
    expect(await sim.failure('/ExtData/GetSchema', { Table: 'Computers' })).toContain('not found')
  })

  it('GetColumns answers a flat map, nulls only when asked', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(0)!
    expect(await sim.result('/ExtData/GetColumns', { Table: 'users', ID: user.Uuid })).toEqual({ Termination_Flag: false })
    expect(await sim.result('/ExtData/GetColumns', { Table: 'users', ID: user.Uuid, IncludeNulls: true })).toEqual({ Termination_Flag: false, EmployeeId: null, CostCenter: null })
  })

  it('SetColumns checks types, clears with null and refuses unknown attributes', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(30)!
    await sim.result('/ExtData/SetColumns', { Table: 'Users', ID: user.Uuid, Columns: { Termination_Flag: 'true', costcenter: 'CC-777', EmployeeId: null } })
    expect(await sim.result('/ExtData/GetColumns', { Table: 'Users', ID: user.Uuid, IncludeNulls: true })).toEqual({ Termination_Flag: true, EmployeeId: null, CostCenter: 'CC-777' })
    expect(await sim.failure('/ExtData/SetColumns', { Table: 'Users', ID: user.Uuid, Columns: { Termination_Flag: 'maybe' } })).toContain('type Bool')
    expect(await sim.failure('/ExtData/SetColumns', { Table: 'Users', ID: user.Uuid, Columns: { Nope: 1 } })).toContain('not in the schema')
  })

  it('UpdateSchema replaces the full column set: left-out columns are deleted', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(31)!
    await sim.result('/ExtData/UpdateSchema', {
      Table: 'users',
      Columns: {
        Termination_Flag: { Type: 'Bool', Title: 'Leaving', Description: 'Set when leaving', UserEditable: true },
        Start: { Type: 'date', Description: 'First day' },
        Badge: { Type: 'Int' },
      },
    })
    const schema = await sim.result<{ Columns: { Name: string; Type: string }[] }>('/ExtData/GetSchema', { Table: 'Users' })
    expect(schema.Columns.map((column) => `${column.Name}:${column.Type}`)).toEqual(['Termination_Flag:Bool', 'Start:Date', 'Badge:Int'])
    await sim.result('/ExtData/SetColumns', { Table: 'Users', ID: user.Uuid, Columns: { Start: '2026-01-05T00:00:00Z', Badge: '42' } })
    expect(await sim.result('/ExtData/GetColumns', { Table: 'Users', ID: user.Uuid })).toEqual({ Termination_Flag: expect.any(Boolean), Start: `/Date(${Date.UTC(2026, 0, 5)})/`, Badge: 42 })
    expect(await sim.failure('/ExtData/UpdateSchema', { Table: 'users', Columns: { 'bad name': { Type: 'Text' } } })).toContain('not a valid attribute name')
    expect(await sim.failure('/ExtData/UpdateSchema', { Table: 'users', Columns: { Thing: { Type: 'Blob' } } })).toContain('not an attribute type')
    sim.context.reset()
    expect(sim.context.data.extDataColumns.map((column) => column.Name)).toEqual(['Termination_Flag', 'EmployeeId', 'CostCenter'])
  })
})
