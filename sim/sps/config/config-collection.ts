import type { SpsConfigRecords, SpsConfigStoreName } from '../data/sps-data'
import type { Href } from '../message-format'
import type { FieldError } from '../sps-error'
import type { ConfigView } from '../transactions/config-view'

/** What a create or replace request turned into: the record to stage, or why not. */
export type ParseOutcome<T> = { readonly ok: true; readonly record: T } | { readonly ok: false; readonly message: string; readonly errors: readonly FieldError[] }

export interface ParseContext<N extends SpsConfigStoreName> {
  readonly view: ConfigView
  /** The key the record will have (new for POST, the path's key for PUT). */
  readonly key: string
  /** The current record, for PUT. */
  readonly previous: SpsConfigRecords[N] | undefined
  readonly nowSeconds: number
}

/** Why SPS refuses a delete or a change (built-in, in use, protected). */
export interface Refusal {
  readonly message: string
  readonly details?: Record<string, unknown>
}

/**
 * One configuration collection (or singleton) served with the SPS message format: where it lives,
 * which ACL object guards it, how a request body becomes a record (unknown keys dropped, empty
 * fields required, references as plain keys), and how a record is served (references expanded).
 */
export interface ConfigCollectionSpec<N extends SpsConfigStoreName> {
  readonly store: N
  readonly href: Href
  readonly aclObject: string
  /** Set for singletons like `aaa/settings`: GET and PUT on `href` itself. */
  readonly singletonKey?: string
  parse(body: unknown, context: ParseContext<N>): ParseOutcome<SpsConfigRecords[N]>
  /** The `body` of a GET: the record without its key, references as `{key, meta}`. */
  toBody(record: SpsConfigRecords[N]): Record<string, unknown>
  /** The record as a request would send it (references as keys): the changelog's values. */
  toStored(record: SpsConfigRecords[N]): Record<string, unknown>
  /** Refuses any change to the collection in this view (e.g. local users under LDAP). */
  refuseChanges?(view: ConfigView): Refusal | null
  refuseReplace?(previous: SpsConfigRecords[N], next: SpsConfigRecords[N], view: ConfigView): Refusal | null
  refuseDelete?(record: SpsConfigRecords[N], view: ConfigView): Refusal | null
}

/** Any spec, whatever its store (routes treat them alike). */
export type AnyConfigCollectionSpec = { [N in SpsConfigStoreName]: ConfigCollectionSpec<N> }[SpsConfigStoreName]

/** The record without its key: what requests send and GET serves as `body` for plain records. */
export function withoutKey(record: { readonly key: string }): Record<string, unknown> {
  const { key: _key, ...rest } = record
  return rest
}
