import type { ColumnIndex } from '../../framework/overlay-column'
import type { OverlayStore } from '../../framework/overlay-store'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { swsSessionPlan, swsSessionStepsCount, swsSessionUser, type SwsSessionPlan } from './sws-session-plan'
import type { SwsSession } from './sws-sessions'

/** Stands for "no end yet" in the end and duration columns (a session still running). */
export const RUNNING = -1

/**
 * Session columns for the recordings and sessions searches: time windows, filters, free search
 * and every documented sort field. All but `flagged` come from the session plan, so building
 * them never builds a session record.
 */
export interface SwsSessionColumns {
  readonly startDatetime: ColumnIndex<SwsSession>
  readonly stepsCount: ColumnIndex<SwsSession>
  readonly endDatetime: ColumnIndex<SwsSession>
  readonly duration: ColumnIndex<SwsSession>
  readonly applicationId: ColumnIndex<SwsSession>
  readonly applicationName: ColumnIndex<SwsSession>
  readonly userFullName: ColumnIndex<SwsSession>
  /** Lower-cased, for the case-insensitive `userNames` filter. */
  readonly username: ColumnIndex<SwsSession>
  /** Lower-cased application name, user full name and username, one per line: what `freeSearch` looks in. */
  readonly searchText: ColumnIndex<SwsSession>
  /** 1 when flagged, else 0. */
  readonly flagged: ColumnIndex<SwsSession>
}

function planEnd(plan: SwsSessionPlan): number {
  return plan.open ? RUNNING : Math.floor(plan.startDatetime + plan.stepsCount * plan.stepGapMs)
}

function searchText(applicationName: string, fullName: string, username: string): string {
  return `${applicationName}\n${fullName}\n${username}`.toLowerCase()
}

export function swsSessionColumns(sessions: OverlayStore<SwsSession>, options: SimDataOptions): SwsSessionColumns {
  const plan = (index: number): SwsSessionPlan => swsSessionPlan(options, index)
  return {
    startDatetime: sessions.column('startDatetime', (session) => session.startDatetime, (index) => plan(index).startDatetime),
    stepsCount: sessions.column('stepsCount', (session) => session.stepsCount, (index) => swsSessionStepsCount(options, index)),
    endDatetime: sessions.column('endDatetime', (session) => session.endDatetime ?? RUNNING, (index) => planEnd(plan(index))),
    duration: sessions.column(
      'duration',
      (session) => (session.endDatetime === null ? RUNNING : session.endDatetime - session.startDatetime),
      (index) => {
        const p = plan(index)
        const end = planEnd(p)
        return end === RUNNING ? RUNNING : end - p.startDatetime
      },
    ),
    applicationId: sessions.column('applicationId', (session) => session.application.id, (index) => plan(index).application.id),
    applicationName: sessions.column('applicationName', (session) => session.application.name, (index) => plan(index).application.name),
    userFullName: sessions.column('userFullName', (session) => session.user.fullName, (index) => swsSessionUser(options, plan(index)).fullName),
    username: sessions.column('username', (session) => session.user.username.toLowerCase(), (index) => swsSessionUser(options, plan(index)).username.toLowerCase()),
    searchText: sessions.column(
      'searchText',
      (session) => searchText(session.application.name, session.user.fullName, session.user.username),
      (index) => {
        const p = plan(index)
        const user = swsSessionUser(options, p)
        return searchText(p.application.name, user.fullName, user.username)
      },
    ),
    // Whether a session is flagged is drawn while its record is built; this column builds them once.
    flagged: sessions.column('flagged', (session) => (session.flag === null ? 0 : 1)),
  }
}
