import { RedrockSqlError } from './redrock-sql-error'

// Tokens of the SQL Redrock queries are written in: identifiers (plain, "quoted" or [bracketed]),
// 'strings' with '' escapes, numbers, operators and punctuation. Keywords are identifiers the
// parser recognises case-insensitively.

export type Token =
  | { readonly kind: 'identifier'; readonly text: string; readonly quoted: boolean; readonly doubleQuoted?: boolean; readonly at: number }
  | { readonly kind: 'string'; readonly text: string; readonly at: number }
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly at: number }
  | { readonly kind: 'symbol'; readonly text: string; readonly at: number }
  | { readonly kind: 'end'; readonly text: ''; readonly at: number }

const SYMBOLS = ['<>', '!=', '<=', '>=', '==', '=', '<', '>', '(', ')', ',', '.', '*', ';']

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < sql.length) {
    const char = sql[i] as string
    if (/\s/.test(char)) {
      i++
      continue
    }
    if (char === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++
      continue
    }
    const at = i
    if (char === "'") {
      let text = ''
      i++
      for (;;) {
        if (i >= sql.length) throw new RedrockSqlError('unrecognized token: "\'"')
        if (sql[i] === "'") {
          if (sql[i + 1] === "'") {
            text += "'"
            i += 2
            continue
          }
          i++
          break
        }
        text += sql[i++]
      }
      tokens.push({ kind: 'string', text, at })
      continue
    }
    if (char === '"' || char === '[' || char === '`') {
      const close = char === '[' ? ']' : char
      const end = sql.indexOf(close, i + 1)
      if (end < 0) throw new RedrockSqlError(`unrecognized token: "${sql.slice(i, i + 10)}"`)
      tokens.push({ kind: 'identifier', text: sql.slice(i + 1, end), quoted: true, doubleQuoted: char === '"', at })
      i = end + 1
      continue
    }
    const number = /^\d+(\.\d+)?/.exec(sql.slice(i))
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), text: number[0], at })
      i += number[0].length
      continue
    }
    const identifier = /^[\p{L}_][\p{L}\p{N}_$]*/u.exec(sql.slice(i))
    if (identifier) {
      tokens.push({ kind: 'identifier', text: identifier[0], quoted: false, at })
      i += identifier[0].length
      continue
    }
    const symbol = SYMBOLS.find((candidate) => sql.startsWith(candidate, i))
    if (!symbol) throw new RedrockSqlError(`unrecognized token: "${char}"`)
    tokens.push({ kind: 'symbol', text: symbol, at })
    i += symbol.length
  }
  tokens.push({ kind: 'end', text: '', at: sql.length })
  return tokens
}
