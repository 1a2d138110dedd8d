// SQL LIKE: % any run, _ one character, case-insensitive as SQLite's LIKE is for ASCII (and here
// for all letters).

export function likeMatcher(pattern: string, escape?: string): (value: string) => boolean {
  let source = '^'
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string
    if (escape !== undefined && char === escape && i + 1 < pattern.length) {
      source += escapeRegExp(pattern[++i] as string)
    } else if (char === '%') source += '.*'
    else if (char === '_') source += '.'
    else source += escapeRegExp(char)
  }
  const regexp = new RegExp(`${source}$`, 'isu')
  return (value) => regexp.test(value)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
