import type { ColumnRef, CompareOperator, Condition, Literal, Operand, OrderItem, SelectItem, SelectStatement } from './redrock-sql-ast'
import { RedrockSqlError } from './redrock-sql-error'
import { tokenize, type Token } from './redrock-sql-lexer'

// A recursive-descent parser for the SELECT statements clients send to /Redrock/query:
//
//   SELECT [DISTINCT] * | col [AS alias], … FROM table [[AS] alias]
//     [WHERE cond] [ORDER BY col [ASC|DESC], …] [LIMIT n [OFFSET m]] [;]
//   cond: cond OR cond | cond AND cond | NOT cond | ( cond )
//       | x = y (also !=, <>, <, <=, >, >=) | x [NOT] LIKE 'p' [ESCAPE 'e'] | x [NOT] IN (…)
//       | x IS [NOT] NULL          (x, y: column, 'text', number, NULL, TRUE, FALSE; COLLATE ignored)

const KEYWORDS = new Set([
  'select', 'distinct', 'from', 'where', 'and', 'or', 'not', 'like', 'escape', 'in', 'is', 'null', 'order', 'by', 'asc', 'desc',
  'limit', 'offset', 'as', 'true', 'false', 'collate',
])

export function parseSelect(sql: string): SelectStatement {
  return new Parser(tokenize(sql)).statement()
}

class Parser {
  private readonly tokens: Token[]
  private position = 0

  constructor(tokens: Token[]) {
    this.tokens = tokens
  }

  statement(): SelectStatement {
    this.expectKeyword('select')
    this.acceptKeyword('distinct')
    const items = this.selectItems()
    this.expectKeyword('from')
    const table = this.identifier()
    let tableAlias: string | null = null
    if (this.acceptKeyword('as')) tableAlias = this.identifier()
    else if (this.isPlainIdentifier()) tableAlias = this.identifier()
    const where = this.acceptKeyword('where') ? this.orCondition() : null
    const orderBy: OrderItem[] = []
    if (this.acceptKeyword('order')) {
      this.expectKeyword('by')
      do {
        const column = this.columnRef()
        const descending = this.acceptKeyword('desc')
        if (!descending) this.acceptKeyword('asc')
        orderBy.push({ column, descending })
      } while (this.acceptSymbol(','))
    }
    let limit: number | null = null
    let offset = 0
    if (this.acceptKeyword('limit')) {
      limit = this.integer()
      if (this.acceptKeyword('offset')) offset = this.integer()
      else if (this.acceptSymbol(',')) {
        // LIMIT offset, count
        offset = limit
        limit = this.integer()
      }
    }
    this.acceptSymbol(';')
    if (this.peek().kind !== 'end') this.syntaxError()
    return { items, table, tableAlias, where, orderBy, limit, offset }
  }

  private selectItems(): SelectItem[] {
    const items: SelectItem[] = []
    do {
      if (this.acceptSymbol('*')) {
        items.push({ column: null, alias: null })
        continue
      }
      const first = this.identifier()
      if (this.acceptSymbol('.')) {
        if (this.acceptSymbol('*')) {
          items.push({ column: null, alias: null })
          continue
        }
        items.push(this.aliased({ qualifier: first, name: this.identifier() }))
      } else items.push(this.aliased({ qualifier: null, name: first }))
    } while (this.acceptSymbol(','))
    return items
  }

  private aliased(column: ColumnRef): SelectItem {
    if (this.acceptKeyword('as')) return { column, alias: this.identifierOrString() }
    if (this.isPlainIdentifier()) return { column, alias: this.identifier() }
    return { column, alias: null }
  }

  private orCondition(): Condition {
    let left = this.andCondition()
    while (this.acceptKeyword('or')) left = { kind: 'or', left, right: this.andCondition() }
    return left
  }

  private andCondition(): Condition {
    let left = this.notCondition()
    while (this.acceptKeyword('and')) left = { kind: 'and', left, right: this.notCondition() }
    return left
  }

  private notCondition(): Condition {
    if (this.acceptKeyword('not')) return { kind: 'not', condition: this.notCondition() }
    return this.predicate()
  }

  private predicate(): Condition {
    if (this.acceptSymbol('(')) {
      const inner = this.orCondition()
      this.expectSymbol(')')
      return inner
    }
    const operand = this.operand()
    if (this.acceptKeyword('is')) {
      const negated = this.acceptKeyword('not')
      this.expectKeyword('null')
      return { kind: 'is-null', operand, negated }
    }
    const negated = this.acceptKeyword('not')
    if (this.acceptKeyword('like')) {
      const pattern = this.stringLiteral()
      const escape = this.acceptKeyword('escape') ? this.stringLiteral() : undefined
      return { kind: 'like', operand, pattern, escape, negated }
    }
    if (this.acceptKeyword('in')) {
      this.expectSymbol('(')
      const values: Literal[] = []
      do values.push(this.literal())
      while (this.acceptSymbol(','))
      this.expectSymbol(')')
      return { kind: 'in', operand, values, negated }
    }
    if (negated) this.syntaxError()
    const operator = this.compareOperator()
    return { kind: 'compare', operator, left: operand, right: this.operand() }
  }

  private compareOperator(): CompareOperator {
    const token = this.peek()
    if (token.kind !== 'symbol') this.syntaxError()
    const map: Record<string, CompareOperator> = { '=': '=', '==': '=', '!=': '!=', '<>': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' }
    const operator = map[token.text]
    if (!operator) this.syntaxError()
    this.position++
    return operator
  }

  private operand(): Operand {
    const token = this.peek()
    const operand: Operand = token.kind === 'identifier' && !this.isKeyword(token, 'null', 'true', 'false') ? { kind: 'column', ref: this.columnRef() } : { kind: 'literal', value: this.literal() }
    if (this.acceptKeyword('collate')) this.identifier()
    return operand
  }

  private columnRef(): ColumnRef {
    const token = this.peek()
    const first = this.identifier()
    if (this.acceptSymbol('.')) return { qualifier: first, name: this.identifier() }
    return token.kind === 'identifier' && token.doubleQuoted ? { qualifier: null, name: first, doubleQuoted: true } : { qualifier: null, name: first }
  }

  private literal(): Literal {
    const token = this.peek()
    if (token.kind === 'string') {
      this.position++
      return token.text
    }
    if (token.kind === 'number') {
      this.position++
      return token.value
    }
    if (this.acceptKeyword('null')) return null
    if (this.acceptKeyword('true')) return true
    if (this.acceptKeyword('false')) return false
    return this.syntaxError()
  }

  private stringLiteral(): string {
    const token = this.peek()
    if (token.kind !== 'string') this.syntaxError()
    this.position++
    return token.text
  }

  private integer(): number {
    const token = this.peek()
    if (token.kind !== 'number' || !Number.isInteger(token.value)) this.syntaxError()
    this.position++
    return token.value
  }

  private identifier(): string {
    const token = this.peek()
    if (token.kind !== 'identifier' || (!token.quoted && KEYWORDS.has(token.text.toLowerCase()))) this.syntaxError()
    this.position++
    return token.text
  }

  private identifierOrString(): string {
    const token = this.peek()
    if (token.kind === 'string') {
      this.position++
      return token.text
    }
    return this.identifier()
  }

  private isPlainIdentifier(): boolean {
    const token = this.peek()
    return token.kind === 'identifier' && (token.quoted || !KEYWORDS.has(token.text.toLowerCase()))
  }

  private isKeyword(token: Token, ...words: string[]): boolean {
    return token.kind === 'identifier' && !token.quoted && words.includes(token.text.toLowerCase())
  }

  private acceptKeyword(word: string): boolean {
    if (!this.isKeyword(this.peek(), word)) return false
    this.position++
    return true
  }

  private expectKeyword(word: string): void {
    if (!this.acceptKeyword(word)) this.syntaxError()
  }

  private acceptSymbol(symbol: string): boolean {
    const token = this.peek()
    if (token.kind !== 'symbol' || token.text !== symbol) return false
    this.position++
    return true
  }

  private expectSymbol(symbol: string): void {
    if (!this.acceptSymbol(symbol)) this.syntaxError()
  }

  private peek(): Token {
    return this.tokens[this.position] as Token
  }

  private syntaxError(): never {
    const token = this.peek()
    if (token.kind === 'end') throw new RedrockSqlError('incomplete input')
    throw new RedrockSqlError(`near "${token.text}": syntax error`)
  }
}
