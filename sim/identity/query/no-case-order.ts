// Text order used wherever the simulator sorts: lower case, then UTF-16 code units — the same as
// the cached sort columns of large tables, so small lists and large ones order alike.

export function compareNoCase(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}
