import { describe, expect, it } from 'vitest'
import { matchesQuery, parseLuceneQuery, QuerySyntaxError, type QueryDocument } from './lucene-query'

const session: QueryDocument = {
  field: (name) => ({ protocol: ['SSH'], active: [false], 'client.ip': ['10.40.1.2'], 'recording.verdict': ['ACCEPT'] })[name],
  texts: () => ['SSH', 'ssh-prod', 'maria.garcia12', 'srv-07.prod.gatehouse.sim'],
}

const matches = (query: string): boolean => matchesQuery(parseLuceneQuery(query), session)

describe('Lucene query subset', () => {
  it('matches fields case-insensitively and as whole values, with wildcards', () => {
    expect(matches('protocol:ssh')).toBe(true)
    expect(matches('protocol:rdp')).toBe(false)
    expect(matches('active:false')).toBe(true)
    expect(matches('client.ip:10.40.*')).toBe(true)
    expect(matches('client.ip:10.4')).toBe(false)
    expect(matches('client.ip:10.40.1.?')).toBe(true)
    expect(matches('unknown:x')).toBe(false)
  })

  it('combines with AND, OR, NOT, -, parentheses; adjacent terms are AND', () => {
    expect(matches('protocol:ssh AND active:false')).toBe(true)
    expect(matches('protocol:ssh active:true')).toBe(false)
    expect(matches('protocol:rdp OR recording.verdict:accept')).toBe(true)
    expect(matches('NOT protocol:rdp')).toBe(true)
    expect(matches('-protocol:ssh')).toBe(false)
    expect(matches('(protocol:rdp OR protocol:vnc) AND active:false')).toBe(false)
    expect(matches('protocol:ssh && !active:true')).toBe(true)
  })

  it('finds bare terms and phrases anywhere in the texts', () => {
    expect(matches('garcia')).toBe(true)
    expect(matches('"prod.gatehouse"')).toBe(true)
    expect(matches('srv-0*')).toBe(true)
    expect(matches('nobody')).toBe(false)
  })

  it('rejects broken expressions', () => {
    for (const broken of ['', '(protocol:ssh', 'protocol:ssh)', '"unterminated', 'protocol:', 'AND']) {
      expect(() => parseLuceneQuery(broken), broken).toThrow(QuerySyntaxError)
    }
  })
})
