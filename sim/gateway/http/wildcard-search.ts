// `searchString`, `name` and `freeSearch` take "free text/patterns/wildcards": `*` stands for any
// run of characters, `?` for one; matching ignores case and may hit anywhere in the text.

export type TextMatcher = (text: string | null | undefined) => boolean

export function wildcardMatcher(pattern: string): TextMatcher {
  // Matching is unanchored, so outer `*`s add nothing (and a leading `.*` makes regexes slow).
  const core = pattern.toLowerCase().replace(/^\*+|\*+$/g, '')
  if (!/[*?]/.test(core)) return (text) => text != null && text.toLowerCase().includes(core)
  const source = core
    .split('')
    .map((char) => (char === '*' ? '.*?' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('')
  const regex = new RegExp(source, 's')
  return (text) => text != null && regex.test(text.toLowerCase())
}

/** True when any of the texts matches. */
export function matchesAny(matcher: TextMatcher, texts: readonly (string | null | undefined)[]): boolean {
  return texts.some(matcher)
}
