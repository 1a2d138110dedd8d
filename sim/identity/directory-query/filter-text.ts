import { badArgument } from '../envelope/identity-api-error'

// DirectoryServiceQuery takes its filters as JSON *strings*. One real client (S1) builds them with
// Python's str() — single quotes, True/False/None — and the service accepts that, so this does too.

export function parseFilterText(raw: unknown, name: string): Record<string, unknown> {
  if (raw === undefined || raw === null) return {}
  if (typeof raw === 'object' && !Array.isArray(raw)) return raw as Record<string, unknown>
  if (typeof raw !== 'string') throw badArgument(`Parameter '${name}' must be a JSON filter string.`)
  if (raw.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    try {
      parsed = JSON.parse(pythonLiteralToJson(raw))
    } catch {
      throw badArgument(`Parameter '${name}' is not a valid filter: ${raw}`)
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badArgument(`Parameter '${name}' must be a filter object.`)
  return parsed as Record<string, unknown>
}

/** Rewrites a Python dict literal as JSON: 'text' → "text", True/False/None → true/false/null. */
function pythonLiteralToJson(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const char = text[i] as string
    if (char === "'" || char === '"') {
      let value = ''
      i++
      while (i < text.length && text[i] !== char) {
        if (text[i] === '\\' && i + 1 < text.length) {
          value += text[i + 1]
          i += 2
          continue
        }
        value += text[i++]
      }
      i++
      out += JSON.stringify(value)
      continue
    }
    const word = /^(True|False|None)\b/.exec(text.slice(i))
    if (word) {
      out += word[1] === 'True' ? 'true' : word[1] === 'False' ? 'false' : 'null'
      i += word[0].length
      continue
    }
    out += char
    i++
  }
  return out
}
