import { describe, expect, it } from 'vitest'
import { RedrockSqlError } from './redrock-sql-error'
import { parseSelect } from './redrock-sql-parser'

describe('Redrock SQL parser', () => {
  it('reads the statements clients send', () => {
    expect(parseSelect("Select ID, Username, DisplayName from User WHERE Username='x@y'")).toMatchObject({
      items: [{ column: { name: 'ID' } }, { column: { name: 'Username' } }, { column: { name: 'DisplayName' } }],
      table: 'User',
      where: { kind: 'compare', operator: '=', left: { kind: 'column', ref: { name: 'Username' } }, right: { kind: 'literal', value: 'x@y' } },
    })
    expect(parseSelect("SELECT Role.Description, Role.ID, Role.Name FROM Role WHERE Role.Name = 'Privilege Cloud Administrators'").items[0]).toEqual({
      column: { qualifier: 'Role', name: 'Description' },
      alias: null,
    })
    expect(parseSelect('SELECT * FROM User WHERE 1=1').where).toMatchObject({ kind: 'compare', left: { kind: 'literal', value: 1 } })
    expect(parseSelect('select * from Role;')).toMatchObject({ items: [{ column: null }], table: 'Role', where: null })
  })

  it('reads LIKE, IN, IS NULL, NOT, parentheses, ORDER BY and LIMIT/OFFSET', () => {
    const statement = parseSelect(
      "select u.ID as Id, [DisplayName] from User u where (DisplayName like '%smith%' or Email like 'a\\_%' escape '\\') and not ID in ('a', 'b') and MobileNumber is not null order by DisplayName desc, ID limit 10 offset 20",
    )
    expect(statement.tableAlias).toBe('u')
    expect(statement.items[0]).toEqual({ column: { qualifier: 'u', name: 'ID' }, alias: 'Id' })
    expect(statement.orderBy).toEqual([
      { column: { qualifier: null, name: 'DisplayName' }, descending: true },
      { column: { qualifier: null, name: 'ID' }, descending: false },
    ])
    expect(statement).toMatchObject({ limit: 10, offset: 20 })
    expect(statement.where).toMatchObject({ kind: 'and', left: { kind: 'and', left: { kind: 'or' }, right: { kind: 'not', condition: { kind: 'in' } } }, right: { kind: 'is-null', negated: true } })
  })

  it("doubles quotes inside strings ('') and ignores COLLATE", () => {
    expect(parseSelect("select ID from User where DisplayName = 'O''Brien' collate nocase").where).toMatchObject({ right: { kind: 'literal', value: "O'Brien" } })
  })

  it('refuses what it cannot read, in SQLite words', () => {
    expect(() => parseSelect('select from User')).toThrow(new RedrockSqlError('near "from": syntax error'))
    expect(() => parseSelect('select ID from')).toThrow(new RedrockSqlError('incomplete input'))
    expect(() => parseSelect("select ID from User where Name = 'open")).toThrow(RedrockSqlError)
    expect(() => parseSelect('delete from User')).toThrow(/syntax error/)
  })
})
