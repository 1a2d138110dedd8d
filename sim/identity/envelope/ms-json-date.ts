// Identity (non-SCIM) payloads write dates in the Microsoft JSON form `/Date(<epoch ms>)/`.

/** .NET DateTime.MinValue: what Identity writes for "never". */
export const MS_JSON_NEVER = '/Date(-62135596800000)/'

export function msJsonDate(ms: number): string {
  return `/Date(${Math.round(ms)})/`
}

export function msJsonDateOrNull(ms: number | null): string | null {
  return ms === null ? null : msJsonDate(ms)
}

export function msJsonDateOrNever(ms: number | null): string {
  return ms === null ? MS_JSON_NEVER : msJsonDate(ms)
}
