import { HOSTILE_KINDS, hostileFieldValue, hostileKindAt, hostileText, type HostileKind } from '../../framework/hostile-values'
import { personAt } from '../../framework/people'
import type { Rng } from '../../framework/prng'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { BUTTON_TEXTS, ELEMENT_TAGS, PAGE_TITLES, PRESSED_KEYS, URL_PATHS } from '../../framework/word-lists'
import type { SwsFlag } from './sws-sessions'
import type { SwsSessionPlan } from './sws-session-plan'
import { swsUserPersonIndex } from './sws-users'

export const SWS_STEP_TYPES = [
  'NavigatedTo',
  'MouseClick',
  'KeyPress',
  'ValueChange',
  'ClipboardPasted',
  'SessionLock',
  'SessionUnlock',
  'SessionResumed',
] as const
export type SwsStepType = (typeof SWS_STEP_TYPES)[number]

/** One recorded step, with every field `GET …/sessions/{id}/steps` documents. Times in epoch ms. */
export interface SwsStep {
  readonly id: string
  readonly datetime: number
  readonly extensionEventId: string
  readonly flag: SwsFlag | null
  readonly tabId: string
  readonly type: SwsStepType
  readonly url: string
  readonly windowTitle: string
  readonly windowHeight: number
  readonly windowWidth: number
  readonly clientTimeZone: string
  readonly elementXPath: string | null
  readonly pressedKey: string | null
  readonly cursorX: number | null
  readonly cursorY: number | null
  readonly elementTag: string | null
  readonly elementText: string | null
  readonly elementValue: string | null
  readonly elementOldValue: string | null
}

const STEP_TYPE_WEIGHTS: readonly (readonly [SwsStepType, number])[] = [
  ['MouseClick', 40],
  ['KeyPress', 28],
  ['ValueChange', 20],
  ['ClipboardPasted', 4],
  ['NavigatedTo', 4],
  ['SessionLock', 1],
  ['SessionUnlock', 1],
  ['SessionResumed', 1],
]

/** Page-level facts shared by the steps of one page visit. */
function pageOf(options: SimDataOptions, plan: SwsSessionPlan, page: number): { url: string; title: string; tabId: string; width: number; height: number } {
  const rng = options.seed.rng('sws.page', plan.index, page)
  return {
    url: `https://${plan.application.host}${rng.pick(URL_PATHS)}`,
    title: `${rng.pick(PAGE_TITLES)} – ${plan.application.name}`,
    tabId: rng.pick(plan.tabIds),
    width: rng.pick([1280, 1440, 1536, 1920, 2560]),
    height: rng.pick([720, 800, 864, 1080, 1440]),
  }
}

/** Long sessions hold every hostile kind at fixed places; other sessions about 0.5% of steps. */
function stepHostileKind(options: SimDataOptions, plan: SwsSessionPlan, stepIndex: number, rng: Rng): HostileKind | null {
  if (plan.long) return hostileKindAt(options.seed, `sws.step.${plan.id}`, stepIndex, plan.stepsCount)
  return rng.chance(0.005) ? rng.pick(HOSTILE_KINDS) : null
}

function xPath(rng: Rng, tag: string): string {
  return `/html/body/div[${rng.between(1, 4)}]/main/form/${tag.toLowerCase()}[${rng.between(1, 9)}]`
}

export function swsStep(options: SimDataOptions, plan: SwsSessionPlan, stepIndex: number): SwsStep {
  if (stepIndex < 0 || stepIndex >= plan.stepsCount) throw new RangeError(`step ${stepIndex} of session ${plan.id}`)
  const rng = options.seed.rng('sws.step', plan.index, stepIndex)
  const page = pageOf(options, plan, Math.floor(stepIndex / plan.pageLength))
  const startsPage = stepIndex % plan.pageLength === 0
  const kind = stepHostileKind(options, plan, stepIndex, rng)
  // A hostile value must land in a field the step type carries.
  const type: SwsStepType = startsPage
    ? 'NavigatedTo'
    : kind === 'empty-optional'
      ? 'MouseClick'
      : kind
        ? 'ValueChange'
        : rng.weighted(STEP_TYPE_WEIGHTS)
  const hostile = (plain: string): string => (kind ? hostileFieldValue(kind, plain) : plain)
  const empty = kind === 'empty-optional'

  let elementXPath: string | null = null
  let pressedKey: string | null = null
  let cursorX: number | null = null
  let cursorY: number | null = null
  let elementTag: string | null = null
  let elementText: string | null = null
  let elementValue: string | null = null
  let elementOldValue: string | null = null
  let url = page.url
  switch (type) {
    case 'MouseClick':
      elementTag = rng.pick(ELEMENT_TAGS)
      elementXPath = xPath(rng, elementTag)
      cursorX = rng.int(page.width)
      cursorY = rng.int(page.height)
      elementText = empty ? null : hostile(rng.pick(BUTTON_TEXTS))
      break
    case 'KeyPress':
      elementTag = 'INPUT'
      elementXPath = xPath(rng, elementTag)
      pressedKey = rng.pick(PRESSED_KEYS)
      break
    case 'ValueChange':
      elementTag = rng.pick(['INPUT', 'TEXTAREA', 'SELECT'])
      elementXPath = xPath(rng, elementTag)
      elementOldValue = empty ? null : `${rng.between(1, 9999)}`
      elementValue = empty ? '' : hostile(`${rng.between(1, 9999)}`)
      break
    case 'ClipboardPasted':
      elementTag = 'INPUT'
      elementXPath = xPath(rng, elementTag)
      elementValue = hostile(rng.pick(['4111 1111 1111 1111', 'SELECT * FROM users', 'p@ssw0rd!', 'https://example.com/share']))
      break
    case 'NavigatedTo':
      if (kind === 'script-tag') url = `https://${plan.application.host}/search?q=<script>alert(1)</script>`
      break
    case 'SessionLock':
    case 'SessionUnlock':
    case 'SessionResumed':
      break
  }

  // Jitter stays inside the step's own slot, so datetimes never decrease with the index.
  const datetime = Math.floor(plan.startDatetime + stepIndex * plan.stepGapMs + rng.float() * plan.stepGapMs * 0.9)
  let flag: SwsFlag | null = null
  if (rng.chance(0.003)) {
    const flagger = personAt(options.seed, swsUserPersonIndex(options, 0))
    flag = { datetime: Math.min(options.dataNow, datetime + rng.int(3_600_000)), userFirstName: flagger.firstName, userLastName: flagger.lastName }
  }

  return {
    id: rng.base64url(20),
    datetime,
    extensionEventId: rng.uuid(),
    flag,
    tabId: page.tabId,
    type,
    url,
    windowTitle: kind && type === 'NavigatedTo' ? hostileText(kind, page.title) : page.title,
    windowHeight: page.height,
    windowWidth: page.width,
    clientTimeZone: plan.clientTimeZone,
    elementXPath,
    pressedKey,
    cursorX,
    cursorY,
    elementTag,
    elementText,
    elementValue,
    elementOldValue,
  }
}

/** Steps [offset, offset + limit) of a session, generated one by one. */
export function swsSteps(options: SimDataOptions, plan: SwsSessionPlan, offset: number, limit: number): SwsStep[] {
  const end = Math.min(plan.stepsCount, offset + limit)
  const out: SwsStep[] = []
  for (let k = Math.max(0, offset); k < end; k++) out.push(swsStep(options, plan, k))
  return out
}
