import type { OverlayStore } from '../../framework/overlay-store'
import type { SpsAuditSession } from '../data/sps-audit-sessions'
import { isoMillisUtc, isoSecondsWithOffset } from './audit-times'
import type { QueryDocument } from './lucene-query'
import { sessionBody, valueAt } from './session-body'

// The searchable fields of every recorded session, kept in one array per field: built in one pass
// over the generated sessions on the first search, then every search and sort reads the arrays
// instead of regenerating 50,000 sessions. Fields outside the index still work (the session is
// built for them). Recorded sessions never change through the API, so the index never goes stale;
// if a session were changed through the overlay, searches fall back to building every session.

type Scalar = string | number | boolean | null

const INDEXED_FIELDS: readonly (readonly [path: string, read: (session: SpsAuditSession) => Scalar])[] = [
  ['protocol', (s) => s.protocol],
  ['active', (s) => s.active],
  ['origin', (s) => s.origin],
  ['node_id', (s) => s.node_id],
  ['client.ip', (s) => s.client.ip],
  ['client.name', (s) => s.client.name],
  ['client.port', (s) => s.client.port],
  ['creation_time', (s) => s.creation_time],
  ['end_time', (s) => s.end_time],
  ['duration', (s) => s.duration],
  ['recording.auth_method', (s) => s.recording.auth_method],
  ['recording.channel_policy', (s) => s.recording.channel_policy],
  ['recording.connection_policy', (s) => s.recording.connection_policy],
  ['recording.index_status', (s) => s.recording.index_status],
  ['recording.session_id', (s) => s.recording.session_id],
  ['recording.target.ip', (s) => s.recording.target.ip],
  ['recording.target.name', (s) => s.recording.target.name],
  ['recording.target.port', (s) => s.recording.target.port],
  ['recording.user.gateway_username', (s) => s.recording.user.gateway_username],
  ['recording.user.server_username', (s) => s.recording.user.server_username],
  ['recording.verdict', (s) => s.recording.verdict],
]

/** Times are epoch ms in the index (for sorting and windows) and ISO text in answers and queries. */
const TIME_FORMATS: Readonly<Record<string, (ms: number) => string>> = { creation_time: isoMillisUtc, end_time: isoSecondsWithOffset }

const TEXT_FIELDS = INDEXED_FIELDS.map(([path]) => path).filter((path) => !['active', 'client.port', 'creation_time', 'end_time', 'duration', 'recording.target.port'].includes(path))

export class SessionSearchIndex {
  private readonly store: OverlayStore<SpsAuditSession>
  private columns: Map<string, Scalar[]> | null = null
  private readonly orders = new Map<string, Uint32Array>()

  constructor(store: OverlayStore<SpsAuditSession>) {
    this.store = store
  }

  /** Whether the index describes the collection (no session changed or added through the overlay). */
  get usable(): boolean {
    const changes = this.store.changes()
    return changes.created === 0 && changes.replaced === 0 && changes.deleted === 0
  }

  get size(): number {
    return this.store.size
  }

  /** The raw value of an indexed field (epoch ms for times); undefined when the field is not indexed. */
  value(index: number, path: string): Scalar | undefined {
    return this.built().get(path)?.[index]
  }

  isIndexed(path: string): boolean {
    return this.built().has(path)
  }

  /** Positions ordered by an indexed field's value (ties by position), cached per field. */
  sortedPositions(path: string): Uint32Array {
    let order = this.orders.get(path)
    if (!order) {
      const column = this.built().get(path) ?? []
      const keys = column.map((value) => (typeof value === 'string' ? value.toLowerCase() : typeof value === 'boolean' ? Number(value) : (value ?? '')))
      order = new Uint32Array(keys.length)
      for (let i = 0; i < order.length; i++) order[i] = i
      order.sort((a, b) => {
        const x = keys[a] as string | number
        const y = keys[b] as string | number
        if (typeof x === 'number' && typeof y === 'number') return x - y || a - b
        return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : a - b
      })
      this.orders.set(path, order)
    }
    return order
  }

  /** One query document moved from session to session (searches test 50,000 of them). */
  cursor(): { at(index: number): QueryDocument } {
    const columns = this.built()
    let position = 0
    let body: Record<string, unknown> | null = null
    const document: QueryDocument = {
      field: (path) => {
        const column = columns.get(path)
        if (!column) {
          body ??= sessionBody(this.session(position))
          const value = valueAt(body, path)
          return value === undefined ? undefined : Array.isArray(value) ? (value as Scalar[]) : [value as Scalar]
        }
        const value = column[position] as Scalar
        const format = TIME_FORMATS[path]
        return [format && typeof value === 'number' ? format(value) : value]
      },
      texts: () => TEXT_FIELDS.map((path) => columns.get(path)?.[position]).filter((value): value is string => typeof value === 'string'),
    }
    return {
      at(index) {
        position = index
        body = null
        return document
      },
    }
  }

  session(index: number): SpsAuditSession {
    return this.store.atBaseIndex(index) as SpsAuditSession
  }

  private built(): Map<string, Scalar[]> {
    if (!this.columns) {
      const columns = new Map<string, Scalar[]>(INDEXED_FIELDS.map(([path]) => [path, new Array<Scalar>(this.store.size)]))
      for (let index = 0; index < this.store.size; index++) {
        const session = this.store.atBaseIndex(index) as SpsAuditSession
        for (const [path, read] of INDEXED_FIELDS) (columns.get(path) as Scalar[])[index] = read(session)
      }
      this.columns = columns
    }
    return this.columns
  }
}
