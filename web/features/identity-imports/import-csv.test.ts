import { describe, expect, it } from 'vitest'
import { importTemplateCsv, parseImportCsv } from './import-csv'

describe('parseImportCsv', () => {
  it('reads rows with their file lines, headings in any case, skipping blank lines', () => {
    const parsed = parseImportCsv('Login Name,E-mail,display_name\r\na@x.sim,a@example.com,"Ann\nSmith"\r\n\r\nb@x.sim,b@example.com,Bob\r\n')
    expect(parsed).toEqual({
      ok: true,
      rows: [
        expect.objectContaining({ line: 2, username: 'a@x.sim', email: 'a@example.com', displayName: 'Ann\nSmith', organization: '' }),
        expect.objectContaining({ line: 5, username: 'b@x.sim', displayName: 'Bob' }),
      ],
    })
  })

  it('refuses a file without a required column, with an unknown column, or without rows', () => {
    expect(parseImportCsv('username,displayName\na@x.sim,A')).toEqual({ ok: false, problem: expect.stringMatching(/"email" is missing/) })
    expect(parseImportCsv('username,email,shoeSize\n')).toEqual({ ok: false, problem: expect.stringMatching(/Unknown column: "shoeSize"/) })
    expect(parseImportCsv('username,email\n')).toEqual({ ok: false, problem: expect.stringMatching(/no data rows/) })
    expect(parseImportCsv('')).toEqual({ ok: false, problem: expect.stringMatching(/empty/) })
  })

  it('round-trips the template', () => {
    const parsed = parseImportCsv(importTemplateCsv())
    expect(parsed.ok && parsed.rows[0]).toMatchObject({ line: 2, username: 'jane.doe@your-suffix.example' })
  })
})
