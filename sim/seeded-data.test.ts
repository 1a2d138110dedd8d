import { describe, expect, it } from 'vitest'
import { HOSTILE_KINDS, LONG_TEXT_LENGTH, startsLikeFormula } from './framework/hostile-values'
import type { InspectableCollection } from './framework/overlay-store'
import { allData, leaves, type AllData } from './test-support/seeded-data'

function sampleAll(data: AllData, order: 'forward' | 'backward'): string {
  const out: Record<string, unknown[]> = {}
  for (const [vendor, model] of Object.entries(data)) {
    for (const [name, collection] of Object.entries((model as { collections: Record<string, InspectableCollection> }).collections)) {
      const positions = Array.from({ length: Math.min(collection.size, 60) }, (_, i) => Math.floor((i * collection.size) / 60))
      if (order === 'backward') positions.reverse()
      const records = positions.map((position) => collection.slice(position, 1)[0])
      if (order === 'backward') records.reverse()
      out[`${vendor}.${name}`] = records
    }
  }
  const steps = data.gateway.steps('LongSession-25k-step', 24_000, 50)
  out['gateway.steps'] = steps ?? []
  return JSON.stringify(out)
}

describe('seeded data', () => {
  it('is byte-identical for the same seed, whatever order records are built in', () => {
    expect(sampleAll(allData('small', 'alpha'), 'forward')).toBe(sampleAll(allData('small', 'alpha'), 'backward'))
  })

  it('differs for another seed', () => {
    const alpha = allData('small', 'alpha')
    const beta = allData('small', 'beta')
    expect(sampleAll(alpha, 'forward')).not.toBe(sampleAll(beta, 'forward'))
    expect(alpha.identity.users.at(50)?.Uuid).not.toBe(beta.identity.users.at(50)?.Uuid)
    expect(alpha.gateway.steps('LongSession-10k-step', 100, 1)).not.toEqual(beta.gateway.steps('LongSession-10k-step', 100, 1))
  })

  it('has unique ids in every collection', () => {
    const data = allData('small')
    for (const model of Object.values(data)) {
      for (const collection of Object.values((model as { collections: Record<string, InspectableCollection> }).collections)) {
        const ids = collection.slice(0, collection.size).map((record) => {
          const r = record as Record<string, unknown>
          return String(r.Uuid ?? r.ID ?? r.policyId ?? r.key ?? r.id ?? (r.activityData as { id: string } | undefined)?.id)
        })
        expect(new Set(ids).size).toBe(collection.size)
      }
    }
    const names = data.identity.users.slice(0, 300).map((user) => user.Name)
    expect(new Set(names).size).toBe(300)
  })
})

describe('hostile and awkward values', () => {
  const data = allData('small')
  const collections: Record<string, InspectableCollection> = {
    'identity users': data.identity.users,
    'identity organizations': data.identity.organizations,
    'identity roles': data.identity.roles,
    'sws policies': data.gateway.policies,
    'sws users': data.gateway.users,
    'sps local users': data.sps.localUsers,
    'sps usergroups': data.sps.usergroups,
    'sps audited sessions': data.sps.auditSessions,
  }

  it.each(Object.entries(collections))('%s carry every kind', (_, collection) => {
    const found = leaves(collection.slice(0, collection.size))
    const has = (test: (text: string) => boolean) => found.strings.some(test)
    expect(has((text) => text.includes('<script>'))).toBe(true)
    expect(has((text) => text.includes('<img src=x onerror='))).toBe(true)
    for (const prefix of ['=', '+', '-', '@']) expect(has((text) => text.startsWith(prefix) && startsLikeFormula(text))).toBe(true)
    expect(has((text) => text.length === LONG_TEXT_LENGTH)).toBe(true)
    expect(has((text) => text.includes('\u202E') && /[\u0590-\u06FF]/.test(text))).toBe(true)
    expect(has((text) => text.includes('👩🏽‍💻'))).toBe(true)
    expect(found.empties).toBeGreaterThan(0)
  })

  it('SWS activities and sessions carry hostile names too', () => {
    const activities = leaves(data.gateway.activities.slice(0, data.gateway.activities.size)).strings
    expect(activities.some((text) => text.includes('<script>'))).toBe(true)
    expect(activities.some((text) => text.length === LONG_TEXT_LENGTH)).toBe(true)
    const sessions = leaves(data.gateway.sessions.slice(0, data.gateway.sessions.size)).strings
    expect(sessions.some((text) => text.includes('<'))).toBe(true)
    expect(sessions.some(startsLikeFormula)).toBe(true)
  })

  it('long sessions carry every kind in their step fields', () => {
    for (const id of ['LongSession-10k-step', 'LongSession-25k-step']) {
      const steps = data.gateway.steps(id, 0, 300) ?? []
      const found = leaves(steps)
      expect(found.strings.some((text) => text.includes('<script>'))).toBe(true)
      expect(found.strings.some((text) => text.includes('javascript:'))).toBe(true)
      for (const prefix of ['=', '+', '-', '@']) expect(found.strings.some((text) => text.startsWith(prefix))).toBe(true)
      expect(found.strings.some((text) => text.length === LONG_TEXT_LENGTH)).toBe(true)
      expect(found.strings.some((text) => text.includes('\u202E'))).toBe(true)
      expect(found.strings.some((text) => text.includes('🦄'))).toBe(true)
      expect(steps.some((step) => step.type === 'MouseClick' && step.elementText === null)).toBe(true)
    }
    expect(HOSTILE_KINDS).toHaveLength(10)
  })
})
