import { describe, expect, it } from 'vitest'
import {
  spsAuditedListRequest,
  spsAuditedSearchForTable,
  spsAuditedTableState,
  validateSpsAuditedSessionsSearch,
} from './sps-audited-sessions-search'

describe('audited sessions URL state', () => {
  it('keeps valid filters and drops the rest', () => {
    const search = validateSpsAuditedSessionsSearch({
      range: 'custom',
      from: '2026-10-01T00:00:00Z',
      to: 'yesterday',
      protocol: 'SSH',
      verdict: 'MAYBE',
      user: ' alice ',
      client: 'say "hi"',
      q: 'recording.auth_method:publickey',
      page: '3',
      pageSize: 100,
      sort: 'duration',
      hide: 'id,nonsense',
    })
    expect(search).toEqual({
      range: 'custom',
      from: '2026-10-01T00:00:00Z',
      protocol: 'SSH',
      user: 'alice',
      q: 'recording.auth_method:publickey',
      page: 3,
      pageSize: 100,
      sort: 'duration',
      hide: 'id',
    })
  })

  it('writes defaults as absent and asks the BFF only for what differs', () => {
    expect(validateSpsAuditedSessionsSearch({ sort: '-started', pageSize: '50', page: '1' })).toEqual({ page: 1, pageSize: 50 })
    expect(spsAuditedListRequest({ page: 1, pageSize: 50, user: 'bob', range: '7d' })).toEqual({ user: 'bob', range: '7d' })
    expect(spsAuditedListRequest({ page: 2, pageSize: 25, sort: 'started' })).toEqual({ page: '2', pageSize: '25', sort: 'started' })
  })

  it('maps table changes to the URL and back', () => {
    expect(spsAuditedTableState({}).sort).toEqual({ id: 'started', desc: true })
    expect(spsAuditedTableState({ sort: '-duration' }).sort).toEqual({ id: 'duration', desc: true })
    expect(spsAuditedSearchForTable({ sort: { id: 'started', desc: true }, page: 1 })).toEqual({ sort: undefined, page: undefined })
    expect(spsAuditedSearchForTable({ sort: { id: 'duration', desc: false } })).toEqual({ sort: 'duration' })
    expect(spsAuditedSearchForTable({ hiddenColumns: ['ended', 'id', 'channelPolicy'] })).toEqual({ hide: undefined })
    expect(spsAuditedSearchForTable({ hiddenColumns: [] })).toEqual({ hide: '' })
  })
})
