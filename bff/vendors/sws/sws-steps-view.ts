import type { SwsStepView } from '../../../contract/sws-player'
import { asRecord, finite, flagView, isoFromEpochMs, text } from './sws-steps-wire'

/** A gateway step (`sessionSteps[]` of the sessions and recordings step lists) as the player shows it. */
export function stepView(wire: unknown, index: number): SwsStepView {
  const step = asRecord(wire) ?? {}
  const type = text(step.type) ?? 'Unknown'
  // elementValue is the new value of a ValueChange and the pasted text of a ClipboardPasted.
  return {
    id: text(step.id) ?? '',
    index,
    at: isoFromEpochMs(step.datetime) ?? '',
    type,
    tabId: text(step.tabId),
    url: text(step.url),
    windowTitle: text(step.windowTitle),
    windowWidth: finite(step.windowWidth),
    windowHeight: finite(step.windowHeight),
    clientTimeZone: text(step.clientTimeZone),
    elementTag: text(step.elementTag),
    elementXPath: text(step.elementXPath),
    elementText: text(step.elementText),
    pressedKey: text(step.pressedKey),
    cursorX: finite(step.cursorX),
    cursorY: finite(step.cursorY),
    value: text(step.elementValue),
    previousValue: text(step.elementOldValue),
    flag: flagView(step.flag),
  }
}

/** A step's epoch-ms time, for paging by time window; NaN when the gateway sent none. */
export function stepTime(wire: unknown): number {
  return finite(asRecord(wire)?.datetime) ?? Number.NaN
}

export function stepId(wire: unknown): string {
  return text(asRecord(wire)?.id) ?? ''
}
