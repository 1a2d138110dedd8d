import { describe, expect, it } from 'vitest'
import { OverlayStore, type BaseRecords } from './overlay-store'

interface Item {
  readonly id: string
  readonly name: string
  readonly rank: number
}

function base(size: number, counter?: { built: number }): BaseRecords<Item> {
  return {
    size,
    idAt: (index) => `id-${index}`,
    recordAt(index) {
      if (counter) counter.built++
      return { id: `id-${index}`, name: `name-${(index * 7) % size}`, rank: index % 5 }
    },
  }
}

describe('OverlayStore', () => {
  it('serves generated records and layers changes over them', () => {
    const store = new OverlayStore(base(10))
    expect(store.size).toBe(10)
    expect(store.get('id-3')).toEqual({ id: 'id-3', name: 'name-1', rank: 3 })
    expect(store.put('id-3', { id: 'id-3', name: 'changed', rank: 3 })).toBe('replaced')
    expect(store.put('new-1', { id: 'new-1', name: 'created', rank: 0 })).toBe('created')
    expect(store.delete('id-0')).toBe(true)
    expect(store.delete('id-0')).toBe(false)
    expect(store.get('id-3')?.name).toBe('changed')
    expect(store.get('id-0')).toBeUndefined()
    expect(store.has('new-1')).toBe(true)
    expect(store.size).toBe(10)
    expect(store.changes()).toEqual({ created: 1, replaced: 1, deleted: 1 })
    expect(() => store.create('new-1', { id: 'new-1', name: 'again', rank: 0 })).toThrow(/already exists/)
  })

  it('keeps merged order: base minus deleted, then created', () => {
    const store = new OverlayStore(base(6))
    store.delete('id-1')
    store.delete('id-4')
    store.put('extra', { id: 'extra', name: 'x', rank: 9 })
    expect(store.slice(0, 10).map((item) => item.id)).toEqual(['id-0', 'id-2', 'id-3', 'id-5', 'extra'])
    expect([...store.values()].map((item) => item.id)).toEqual(['id-0', 'id-2', 'id-3', 'id-5', 'extra'])
    expect(store.at(3)?.id).toBe('id-5')
    expect(store.at(4)?.id).toBe('extra')
    expect(store.at(5)).toBeUndefined()
    expect(store.slice(3, 2).map((item) => item.id)).toEqual(['id-5', 'extra'])
    expect(store.slice(4, 5).map((item) => item.id)).toEqual(['extra'])
    expect(store.slice(5, 5)).toEqual([])
  })

  it('updates through a private copy and reset drops every change', () => {
    const store = new OverlayStore(base(5))
    const before = store.get('id-2')
    const after = store.update('id-2', (draft) => ({ ...draft, name: 'renamed' }))
    expect(after?.name).toBe('renamed')
    expect(before?.name).toBe('name-4')
    expect(store.update('missing', (draft) => draft)).toBeUndefined()
    store.delete('id-1')
    store.put('created', { id: 'created', name: 'c', rank: 1 })
    store.reset()
    expect(store.get('id-2')?.name).toBe('name-4')
    expect(store.has('id-1')).toBe(true)
    expect(store.has('created')).toBe(false)
    expect(store.changes()).toEqual({ created: 0, replaced: 0, deleted: 0 })
  })

  it('re-creating a deleted base record brings it back in its place', () => {
    const store = new OverlayStore(base(4))
    store.delete('id-2')
    expect(store.put('id-2', { id: 'id-2', name: 'back', rank: 0 })).toBe('created')
    expect(store.slice(0, 4).map((item) => item.name)).toEqual(['name-0', 'name-3', 'back', 'name-1'])
  })

  it('queries by cached columns, record filters, sort and paging, overlay included', () => {
    const counter = { built: 0 }
    const store = new OverlayStore(base(100, counter))
    const name = store.column('name', (item) => item.name)
    const rank = store.column('rank', (item) => item.rank, (index) => index % 5)
    store.put('id-10', { id: 'id-10', name: 'name-0a', rank: 0 })
    store.put('zz', { id: 'zz', name: 'name-00', rank: 0 })
    store.delete('id-0')

    const zeros = store.query({ match: [{ column: rank, test: (value) => value === 0 }], sort: { column: name } })
    // Base ranks 0: every fifth index but id-0 (deleted), plus the overlay's two.
    expect(zeros.total).toBe(19 + 1)
    const names = zeros.items.map((item) => item.name)
    expect(names).toEqual([...names].sort())
    expect(names.slice(0, 2)).toEqual(['name-00', 'name-0a'])

    const page = store.query({ sort: { column: name, descending: true }, offset: 2, limit: 3 })
    expect(page.total).toBe(100)
    expect(page.items).toHaveLength(3)
    expect(page.items[0]!.name >= page.items[2]!.name).toBe(true)

    const filtered = store.query({ where: (item) => item.name.endsWith('7'), limit: 2 })
    expect(filtered.items.every((item) => item.name.endsWith('7'))).toBe(true)
    expect(filtered.items).toHaveLength(2)

    // Unsorted results keep merged order, with a replaced record in its base place.
    const unsorted = store.query({ match: [{ column: rank, test: (value) => value === 0 }], limit: 3 })
    expect(unsorted.items.map((item) => item.id)).toEqual(['id-5', 'id-10', 'id-15'])
  })

  it('builds record columns in one pass and keeps them across resets', () => {
    const counter = { built: 0 }
    const store = new OverlayStore(base(50, counter))
    const name = store.column('name', (item) => item.name)
    store.column('rank', (item) => item.rank)
    store.query({ match: [{ column: name, test: () => true }], limit: 1 })
    // One pass for both columns, plus the one record of the page.
    expect(counter.built).toBe(50 + 1)
    store.reset()
    store.query({ sort: { column: store.column('rank', (item) => item.rank) }, limit: 1 })
    expect(counter.built).toBe(50 + 1 + 1)
  })

  it('finds records by column value, overlay first-class', () => {
    const store = new OverlayStore(base(20))
    const rank = store.column('rank', (item) => item.rank)
    store.put('id-6', { id: 'id-6', name: 'moved', rank: 3 })
    store.put('new', { id: 'new', name: 'new', rank: 3 })
    expect(store.findBy(rank, 3).map((item) => item.id)).toEqual(['id-3', 'id-6', 'id-8', 'id-13', 'id-18', 'new'])
    expect(store.findBy(rank, 1).map((item) => item.id)).toEqual(['id-1', 'id-11', 'id-16'])
  })

  it('refuses a column of another store', () => {
    const one = new OverlayStore(base(3))
    const other = new OverlayStore(base(3))
    const column = other.column('name', (item) => item.name)
    expect(() => one.query({ sort: { column } })).toThrow(/does not belong/)
  })
})
