import { describe, expect, it } from 'vitest'
import { VendorApiError } from '../http/vendor-errors'
import { parseKeyListing, referencedTimePolicyKeys, referenceKey, toChannelPolicy, toTimePolicy } from './sps-policies-wire'

// Answers as seed 003 and sps.md §8 show them (and the simulator serves them).

const timePolicyAnswer = {
  body: {
    Fri: [['7:00', '19:00']],
    Mon: [['7:00', '19:00']],
    Sat: [],
    Sun: [],
    Thu: [['7:00', '19:00']],
    Tue: [['7:00', '12:00'], ['13:00', '19:00']],
    Wed: [['7:00', '19:00']],
    name: 'office-hours',
  },
  key: '4500302435c71bd075241b',
  meta: { href: '/api/configuration/policies/time_policies/4500302435c71bd075241b', parent: '/api/configuration/policies/time_policies', transaction: '/api/transaction' },
}

const channelPolicyAnswer = {
  body: {
    name: 'helpdesk-office-hours',
    rules: [
      {
        actions: { audit: true, content_policy: null, four_eyes: false, ids: false },
        allowed_for: {
          clients: ['10.40.0.0/16'],
          gateway_groups: ['helpdesk'],
          remote_groups: [],
          servers: [],
          time_policy: { key: '4500302435c71bd075241b', meta: { href: '/api/configuration/policies/time_policies/4500302435c71bd075241b' } },
        },
        channel: '#drawing',
      },
      {
        actions: { audit: false, content_policy: { key: 'cp-1', meta: { href: '/api/configuration/rdp/content_policies/cp-1' } }, four_eyes: true, ids: true },
        allowed_for: { clients: [], gateway_groups: [], remote_groups: ['ops'], servers: ['10.10.0.0/16'], time_policy: '-100' },
        channel: '#cliprdr',
      },
    ],
  },
  key: '5130553985bdffb6a7c4f3',
  meta: { href: '/api/configuration/rdp/channel_policies/5130553985bdffb6a7c4f3' },
}

describe('SPS policy answers', () => {
  it('lists keys of a collection (`items` of `{key, meta}`)', () => {
    const listing = { items: [{ key: '-100', meta: { href: '/x/-100' } }, { key: 'abc', meta: { href: '/x/abc' } }, { meta: {} }], meta: { href: '/x' } }
    expect(parseKeyListing(listing, 'time policy')).toEqual(['-100', 'abc'])
    expect(() => parseKeyListing({ meta: {} }, 'time policy')).toThrow(VendorApiError)
  })

  it('maps a time policy, days as intervals, built-ins by their negative key', () => {
    expect(toTimePolicy(timePolicyAnswer)).toEqual({
      key: '4500302435c71bd075241b',
      name: 'office-hours',
      builtIn: false,
      days: {
        Mon: [{ start: '7:00', end: '19:00' }],
        Tue: [{ start: '7:00', end: '12:00' }, { start: '13:00', end: '19:00' }],
        Wed: [{ start: '7:00', end: '19:00' }],
        Thu: [{ start: '7:00', end: '19:00' }],
        Fri: [{ start: '7:00', end: '19:00' }],
        Sat: [],
        Sun: [],
      },
    })
    const builtIn = toTimePolicy({ ...timePolicyAnswer, key: '-100', body: { ...timePolicyAnswer.body, name: '7x24' } })
    expect(builtIn).toMatchObject({ key: '-100', name: '7x24', builtIn: true })
  })

  it('maps a channel policy: references as keys with the names it could read, every restriction', () => {
    const names = (key: string) => (key === '4500302435c71bd075241b' ? 'office-hours' : key === '-100' ? '7x24' : null)
    expect(toChannelPolicy(channelPolicyAnswer, 'rdp', names)).toEqual({
      key: '5130553985bdffb6a7c4f3',
      protocol: 'rdp',
      name: 'helpdesk-office-hours',
      builtIn: false,
      rules: [
        {
          channel: '#drawing',
          audit: true,
          fourEyes: false,
          ids: false,
          contentPolicy: null,
          clients: ['10.40.0.0/16'],
          servers: [],
          gatewayGroups: ['helpdesk'],
          remoteGroups: [],
          timePolicy: { key: '4500302435c71bd075241b', name: 'office-hours' },
        },
        {
          channel: '#cliprdr',
          audit: false,
          fourEyes: true,
          ids: true,
          contentPolicy: { key: 'cp-1', name: null },
          clients: [],
          servers: ['10.10.0.0/16'],
          gatewayGroups: [],
          remoteGroups: ['ops'],
          timePolicy: { key: '-100', name: '7x24' },
        },
      ],
    })
    expect(toChannelPolicy({ ...channelPolicyAnswer, key: '-20100' }, 'rdp', () => null).builtIn).toBe(true)
  })

  it('collects the time policies rules refer to, in either reference form', () => {
    expect(referencedTimePolicyKeys(channelPolicyAnswer)).toEqual(['4500302435c71bd075241b', '-100'])
    expect(referenceKey({ key: '-100', meta: {} })).toBe('-100')
    expect(referenceKey('-100')).toBe('-100')
    expect(referenceKey(null)).toBeNull()
  })

  it('keeps missing optional fields empty and refuses an answer without a body', () => {
    const bare = toChannelPolicy({ key: 'k', body: { name: 'bare', rules: [{ channel: 'x11' }] } }, 'ssh', () => null)
    expect(bare.rules[0]).toMatchObject({ channel: 'x11', audit: false, clients: [], timePolicy: null, contentPolicy: null })
    expect(() => toTimePolicy({ key: 'k' })).toThrow(VendorApiError)
    expect(() => toChannelPolicy({ body: {} }, 'ssh', () => null)).toThrow(VendorApiError)
  })
})
