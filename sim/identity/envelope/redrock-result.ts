// The table shape Identity returns from Redrock queries and from list endpoints built on them
// (GetUsers, GetUsersRolesAndAdministrativeRights, GetUserSettings…).

/** Column type codes seen in real answers: 12 text, 3 date, 16 list, 0 unspecified (all others). */
export const REDROCK_TYPE = { text: 12, date: 3, list: 16, unspecified: 0 } as const

export interface RedrockColumnSpec {
  readonly name: string
  readonly type: number
}

export interface RedrockColumn {
  readonly Name: string
  readonly IsHidden: boolean
  readonly DDName: null
  readonly Title: string
  readonly DDTitle: null
  readonly Description: null
  readonly Type: number
  readonly Format: null
  readonly Width: number
  readonly TableKey: null
  readonly ForeignKey: null
  readonly TableName: null
}

export interface RedrockRow {
  /** Entities[0]: what the row is (`User`, `Role`, `CDUser`…) and its key. */
  readonly entityType: string
  readonly key: string
  readonly row: Readonly<Record<string, unknown>>
}

export interface RedrockResult {
  readonly IsAggregate: false
  readonly Count: number
  readonly Columns: readonly RedrockColumn[]
  readonly FullCount: number
  readonly Results: readonly { Entities: { Type: string; Key: string; IsForeignKey: false }[]; Row: Readonly<Record<string, unknown>> }[]
  readonly ReturnID: string
}

export function redrockColumn(spec: RedrockColumnSpec): RedrockColumn {
  return {
    Name: spec.name,
    IsHidden: false,
    DDName: null,
    Title: spec.name,
    DDTitle: null,
    Description: null,
    Type: spec.type,
    Format: null,
    Width: 0,
    TableKey: null,
    ForeignKey: null,
    TableName: null,
  }
}

/** `fullCount` is the number of rows before paging; Count the rows on this page. */
export function redrockResult(columns: readonly RedrockColumnSpec[], rows: readonly RedrockRow[], fullCount = rows.length): RedrockResult {
  return {
    IsAggregate: false,
    Count: rows.length,
    Columns: columns.map(redrockColumn),
    FullCount: fullCount,
    Results: rows.map((row) => ({ Entities: [{ Type: row.entityType, Key: row.key, IsForeignKey: false }], Row: row.row })),
    ReturnID: '',
  }
}
