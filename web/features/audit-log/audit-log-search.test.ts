import { describe, expect, it } from 'vitest'
import {
  auditLogListRequest,
  auditLogRangeProblem,
  auditLogSearchForTable,
  auditLogTableState,
  validateAuditLogSearch,
} from './audit-log-search'

describe('audit log URL', () => {
  it('keeps valid filters and table state, and drops what is not valid', () => {
    expect(
      validateAuditLogSearch({
        actor: ' alice ',
        action: 'auth.sign-in',
        result: 'nope',
        tenant: 42,
        from: '2026-01-05T08:00:00.000Z',
        to: 'yesterday',
        q: '',
        page: 3,
        pageSize: 30,
        sort: 'at',
        hide: 'ip,bogus',
        extra: 'ignored',
      }),
    ).toEqual({ actor: 'alice', action: 'auth.sign-in', tenant: '42', from: '2026-01-05T08:00:00.000Z', page: 3, sort: 'at', hide: 'ip' })
    expect(validateAuditLogSearch({ action: 'operator.explode', sort: '-actor', page: 0 })).toEqual({})
  })

  it('asks the server only for what differs from its defaults', () => {
    expect(auditLogListRequest({})).toEqual({})
    expect(auditLogListRequest({ page: 1, pageSize: 50 })).toEqual({})
    expect(auditLogListRequest({ actor: 'bob', page: 2, pageSize: 100, sort: 'at', hide: 'ip' })).toEqual({
      actor: 'bob',
      page: '2',
      pageSize: '100',
      order: 'oldest',
    })
  })

  it('maps the URL to table state and table changes back to the URL, defaults left out', () => {
    expect(auditLogTableState({})).toEqual({ page: 1, pageSize: 50, sort: { id: 'at', desc: true }, hiddenColumns: ['ip', 'details'] })
    expect(auditLogTableState({ hide: '', sort: 'at', page: 4, pageSize: 25 })).toEqual({
      page: 4,
      pageSize: 25,
      sort: { id: 'at', desc: false },
      hiddenColumns: [],
    })
    expect(auditLogSearchForTable({ page: 1, pageSize: 50 })).toEqual({ page: undefined, pageSize: undefined })
    expect(auditLogSearchForTable({ page: 3, pageSize: 200 })).toEqual({ page: 3, pageSize: 200 })
    expect(auditLogSearchForTable({ sort: { id: 'at', desc: false } })).toEqual({ sort: 'at' })
    expect(auditLogSearchForTable({ sort: { id: 'at', desc: true } })).toEqual({ sort: undefined })
    expect(auditLogSearchForTable({ hiddenColumns: ['details', 'ip'] })).toEqual({ hide: undefined })
    expect(auditLogSearchForTable({ hiddenColumns: [] })).toEqual({ hide: '' })
  })

  it('spots a time window that ends before it starts', () => {
    expect(auditLogRangeProblem({ from: '2026-01-05T10:00:00Z', to: '2026-01-05T09:00:00Z' })).toMatch(/before/)
    expect(auditLogRangeProblem({ from: '2026-01-05T09:00:00Z', to: '2026-01-05T09:00:00Z' })).toBeNull()
    expect(auditLogRangeProblem({ from: '2026-01-05T09:00:00Z' })).toBeNull()
  })
})
