import { describe, expect, it } from 'vitest'
import { stepView } from './sws-steps-view'

const AT = Date.UTC(2026, 9, 29, 12, 0, 0)

// Field names as the steps list documents them (notes §2, operation 16).
const base = {
  id: 'vOeneIgB-6mTxsm_mIR8',
  datetime: AT,
  extensionEventId: '3f0c1e2a-0000-4000-8000-000000000001',
  flag: null,
  tabId: '123456789',
  url: 'https://payroll.example.com/employees',
  windowTitle: 'Employees – Payroll',
  windowHeight: 1080,
  windowWidth: 1920,
  clientTimeZone: 'Europe/Berlin',
  elementXPath: null,
  pressedKey: null,
  cursorX: null,
  cursorY: null,
  elementTag: null,
  elementText: null,
  elementValue: null,
  elementOldValue: null,
}

describe('SWS step', () => {
  it('maps a mouse click with its cursor and element', () => {
    const view = stepView({ ...base, type: 'MouseClick', cursorX: 120, cursorY: 48, elementTag: 'BUTTON', elementText: 'Save', elementXPath: '/html/body/button[1]' }, 7)
    expect(view).toEqual({
      id: 'vOeneIgB-6mTxsm_mIR8',
      index: 7,
      at: new Date(AT).toISOString(),
      type: 'MouseClick',
      tabId: '123456789',
      url: 'https://payroll.example.com/employees',
      windowTitle: 'Employees – Payroll',
      windowWidth: 1920,
      windowHeight: 1080,
      clientTimeZone: 'Europe/Berlin',
      elementTag: 'BUTTON',
      elementXPath: '/html/body/button[1]',
      elementText: 'Save',
      pressedKey: null,
      cursorX: 120,
      cursorY: 48,
      value: null,
      previousValue: null,
      flag: null,
    })
  })

  it('maps a value change to old → new', () => {
    expect(stepView({ ...base, type: 'ValueChange', elementTag: 'INPUT', elementOldValue: '12', elementValue: '=cmd|x' }, 0)).toMatchObject({
      previousValue: '12',
      value: '=cmd|x',
    })
  })

  it('maps a paste to the pasted text, and a key press to its key', () => {
    expect(stepView({ ...base, type: 'ClipboardPasted', elementValue: 'p@ssw0rd!' }, 0)).toMatchObject({ type: 'ClipboardPasted', value: 'p@ssw0rd!' })
    expect(stepView({ ...base, type: 'KeyPress', pressedKey: 'Enter' }, 0)).toMatchObject({ pressedKey: 'Enter' })
  })

  it('maps the flag and the lock/unlock/resume types as they come', () => {
    const flagged = stepView({ ...base, type: 'SessionLock', flag: { datetime: AT + 1_000, userFirstName: 'Ada', userLastName: 'Lovelace' } }, 3)
    expect(flagged).toMatchObject({ type: 'SessionLock', flag: { at: new Date(AT + 1_000).toISOString(), by: 'Ada Lovelace' } })
  })

  it('keeps hostile values as the text they are, and drops fields of the wrong type', () => {
    const view = stepView({ ...base, type: 'ValueChange', elementValue: '<img src=x onerror=alert(1)>', cursorX: '12', url: { href: 'x' } }, 0)
    expect(view).toMatchObject({ value: '<img src=x onerror=alert(1)>', cursorX: null, url: null })
    expect(stepView(null, 1)).toMatchObject({ id: '', type: 'Unknown', at: '' })
  })
})
