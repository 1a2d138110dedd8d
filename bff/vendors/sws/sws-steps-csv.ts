import type { SwsStepView } from '../../../contract/sws-player'
import { isoCell, type CsvCell } from '../../http/csv-export'

/** The steps export's columns: every field the gateway records for a step, in the player's words. */
export const STEP_CSV_COLUMNS = [
  'step',
  'id',
  'time',
  'type',
  'tab',
  'url',
  'window title',
  'window width',
  'window height',
  'client time zone',
  'element tag',
  'element xpath',
  'element text',
  'key pressed',
  'cursor x',
  'cursor y',
  'old value',
  'new value / pasted',
  'flagged at',
  'flagged by',
] as const

/** One CSV row; `number` is the 1-based position in the export. Formulas are neutralised by csvDownload. */
export function stepCsvRow(step: SwsStepView, number: number): CsvCell[] {
  return [
    number,
    step.id,
    isoCell(step.at),
    step.type,
    step.tabId,
    step.url,
    step.windowTitle,
    step.windowWidth,
    step.windowHeight,
    step.clientTimeZone,
    step.elementTag,
    step.elementXPath,
    step.elementText,
    step.pressedKey,
    step.cursorX,
    step.cursorY,
    step.previousValue,
    step.value,
    isoCell(step.flag?.at),
    step.flag?.by,
  ]
}
