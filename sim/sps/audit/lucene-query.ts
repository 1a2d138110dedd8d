// A small subset of the Apache Lucene query syntax, enough for the SPS session search (`q`) and
// the content search: `field:value`, bare terms, "quoted phrases", `*`/`?` wildcards, AND / OR /
// NOT (also `&&`, `||`, `!`, a leading `-`), and parentheses. Adjacent terms mean AND. Matching
// is case-insensitive; a field term matches the whole value, a bare term any part of a text.

export type QueryNode =
  | { readonly kind: 'term'; readonly field: string | null; readonly value: string; readonly phrase: boolean }
  | { readonly kind: 'not'; readonly node: QueryNode }
  | { readonly kind: 'and' | 'or'; readonly left: QueryNode; readonly right: QueryNode }

export class QuerySyntaxError extends Error {}

type Token =
  | { readonly kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' }
  | { readonly kind: 'term'; readonly field: string | null; readonly value: string; readonly phrase: boolean; readonly negated: boolean }

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const char = text[i] as string
    if (/\s/.test(char)) {
      i++
      continue
    }
    if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'lparen' : 'rparen' })
      i++
      continue
    }
    if (text.startsWith('&&', i) || text.startsWith('||', i)) {
      tokens.push({ kind: char === '&' ? 'and' : 'or' })
      i += 2
      continue
    }
    let negated = false
    if ((char === '-' || char === '!') && i + 1 < text.length && !/\s/.test(text[i + 1] as string)) {
      negated = true
      i++
    } else if (char === '+') {
      i++
    }
    let field: string | null = null
    const fieldMatch = /^([A-Za-z_][\w.]*):/.exec(text.slice(i))
    if (fieldMatch) {
      field = fieldMatch[1] as string
      i += fieldMatch[0].length
    }
    let value: string
    let phrase = false
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1)
      if (close < 0) throw new QuerySyntaxError('unterminated quoted phrase')
      value = text.slice(i + 1, close)
      phrase = true
      i = close + 1
    } else {
      const start = i
      while (i < text.length && !/[\s()]/.test(text[i] as string)) i++
      value = text.slice(start, i)
    }
    if (!phrase && field === null && !negated && (value === 'AND' || value === 'OR' || value === 'NOT')) {
      tokens.push({ kind: value === 'AND' ? 'and' : value === 'OR' ? 'or' : 'not' })
      continue
    }
    if (value === '' && !phrase) throw new QuerySyntaxError(field ? `missing value for ${field}` : 'empty term')
    tokens.push({ kind: 'term', field, value, phrase, negated })
  }
  return tokens
}

export function parseLuceneQuery(text: string): QueryNode {
  const tokens = tokenize(text)
  let position = 0
  const peek = (): Token | undefined => tokens[position]

  const parseOr = (): QueryNode => {
    let left = parseAnd()
    while (peek()?.kind === 'or') {
      position++
      left = { kind: 'or', left, right: parseAnd() }
    }
    return left
  }
  const parseAnd = (): QueryNode => {
    let left = parseUnary()
    for (let next = peek(); next && next.kind !== 'or' && next.kind !== 'rparen'; next = peek()) {
      if (next.kind === 'and') position++
      left = { kind: 'and', left, right: parseUnary() }
    }
    return left
  }
  const parseUnary = (): QueryNode => {
    const token = tokens[position++]
    if (!token) throw new QuerySyntaxError('the expression ends too early')
    if (token.kind === 'not') return { kind: 'not', node: parseUnary() }
    if (token.kind === 'lparen') {
      const inner = parseOr()
      if (tokens[position++]?.kind !== 'rparen') throw new QuerySyntaxError('missing )')
      return inner
    }
    if (token.kind !== 'term') throw new QuerySyntaxError(`unexpected ${token.kind.toUpperCase()}`)
    const term: QueryNode = { kind: 'term', field: token.field, value: token.value, phrase: token.phrase }
    return token.negated ? { kind: 'not', node: term } : term
  }

  if (tokens.length === 0) throw new QuerySyntaxError('empty expression')
  const node = parseOr()
  if (position < tokens.length) throw new QuerySyntaxError('unbalanced )')
  return node
}

/** How a document answers terms: the values of a field, or all of its texts for bare terms. */
export interface QueryDocument {
  field(name: string): readonly (string | number | boolean | null)[] | undefined
  texts(): readonly string[]
}

function pattern(value: string, whole: boolean): RegExp {
  const escaped = value.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(whole ? `^${escaped}$` : escaped, 'i')
}

export type QueryMatcher = (document: QueryDocument) => boolean

/** Turns a parsed query into a matcher, compiling each term's pattern once. */
export function compileQuery(node: QueryNode): QueryMatcher {
  switch (node.kind) {
    case 'and': {
      const left = compileQuery(node.left)
      const right = compileQuery(node.right)
      return (document) => left(document) && right(document)
    }
    case 'or': {
      const left = compileQuery(node.left)
      const right = compileQuery(node.right)
      return (document) => left(document) || right(document)
    }
    case 'not': {
      const inner = compileQuery(node.node)
      return (document) => !inner(document)
    }
    case 'term': {
      const field = node.field
      if (field === null) {
        const regex = pattern(node.value, false)
        return (document) => document.texts().some((text) => regex.test(text))
      }
      const regex = pattern(node.value, !node.phrase)
      return (document) => document.field(field)?.some((value) => value !== null && regex.test(String(value))) ?? false
    }
  }
}

export function matchesQuery(node: QueryNode, document: QueryDocument): boolean {
  return compileQuery(node)(document)
}
