import type { Context } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { booleanParam, enumParam, listParam, stringParam, timeWindowParams } from '../http/query-params'
import { pageParams } from '../http/result-window'
import { SWS_SORT_FIELDS, type SessionSearch } from '../search/session-search'
import type { StepSearch } from '../search/step-search'

// The query parameters the recordings and sessions lists share, and those their step lists share.

export function sessionSearchParams(c: Context<SimEnv>): SessionSearch {
  return {
    freeSearch: stringParam(c, 'freeSearch'),
    ...timeWindowParams(c),
    applicationIds: listParam(c, 'applicationIds'),
    userNames: listParam(c, 'userNames'),
    isFlagged: booleanParam(c, 'isFlagged'),
    sortFieldId: enumParam(c, 'sortFieldId', SWS_SORT_FIELDS),
    ...pageParams(c),
  }
}

export function stepSearchParams(c: Context<SimEnv>): StepSearch {
  return {
    ...timeWindowParams(c),
    types: listParam(c, 'activityTypes'),
    tabIds: listParam(c, 'tabIds'),
    isFlagged: booleanParam(c, 'isFlagged'),
    freeSearch: stringParam(c, 'freeSearch'),
    ...pageParams(c),
  }
}
