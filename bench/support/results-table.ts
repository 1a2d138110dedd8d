import type { BenchRow } from '../benchmark'

const HEADINGS = ['benchmark', 'subject', 'figure(s)', 'budget', 'met?'] as const
const MAX_CELL = 90

const metText = (met: boolean | null): string => (met === null ? '—' : met ? 'yes' : 'no')
const clip = (text: string): string => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text)

/** A plain-text table, one row per BenchRow; long cells are clipped (results.json has them whole). */
export function formatResultsTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => [row.benchmark, row.subject, row.figures, row.budget, metText(row.met)].map(clip))
  const widths = HEADINGS.map((heading, column) => Math.max(heading.length, ...cells.map((cell) => cell[column]?.length ?? 0)))
  const line = (values: readonly string[]): string => values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' │ ').trimEnd()
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─')
  return [line(HEADINGS), rule, ...cells.map(line)].join('\n')
}
