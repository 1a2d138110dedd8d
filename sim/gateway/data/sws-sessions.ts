import { personAt } from '../../framework/people'
import type { BaseRecords } from '../../framework/overlay-store'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { swsSessionId, swsSessionPlan, swsSessionUser } from './sws-session-plan'
import type { SwsSecurityLayer } from './sws-tenant'
import { swsUserPersonIndex } from './sws-users'

/** Who flagged a session or step, and when (epoch ms). */
export interface SwsFlag {
  readonly datetime: number
  readonly userFirstName: string
  readonly userLastName: string
}

export interface SwsSessionSecurityLayer {
  readonly layer: SwsSecurityLayer
  readonly attributes: readonly { readonly attributeName: string; readonly attributeValue: string }[] | null
}

/**
 * An SWS session as `GET /v2-edge/sws/sessions/{sessionId}` names its fields; lists and
 * recordings serve subsets of it. Times are epoch ms. A session still running has no end.
 */
export interface SwsSession {
  readonly id: string
  readonly startDatetime: number
  readonly endDatetime: number | null
  readonly durationSeconds: number | null
  readonly stepsCount: number
  readonly flag: SwsFlag | null
  readonly application: { readonly id: string; readonly name: string }
  readonly user: { readonly id: string; readonly fullName: string; readonly username: string }
  readonly tabIds: readonly string[]
  readonly securityLayers: readonly SwsSessionSecurityLayer[]
}

export function swsSessions(options: SimDataOptions): BaseRecords<SwsSession> {
  return {
    size: options.profile.sws.sessions,
    idAt: (index) => swsSessionId(options, index),
    recordAt(index) {
      const plan = swsSessionPlan(options, index)
      const rng = options.seed.rng('sws.session', index)
      const end = plan.open ? null : Math.floor(plan.startDatetime + plan.stepsCount * plan.stepGapMs)
      const layers: SwsSessionSecurityLayer[] = [{ layer: 'SessionProtection', attributes: null }]
      if (plan.hasStepRecording) layers.push({ layer: 'StepRecording', attributes: null })
      if (rng.chance(0.4)) {
        layers.push({ layer: 'ContinuousAuthentication', attributes: [{ attributeName: 'InactivityTimeout', attributeValue: String(rng.pick([300_000, 600_000, 900_000])) }] })
      }
      let flag: SwsFlag | null = null
      if (plan.long !== null || rng.chance(0.04)) {
        const flagger = personAt(options.seed, swsUserPersonIndex(options, 0))
        flag = { datetime: Math.min(options.dataNow, (end ?? options.dataNow) + rng.int(3_600_000)), userFirstName: flagger.firstName, userLastName: flagger.lastName }
      }
      return {
        id: plan.id,
        startDatetime: plan.startDatetime,
        endDatetime: end,
        // Milliseconds despite the name: both of the vendor's examples have durationSeconds = end − start.
        durationSeconds: end === null ? null : end - plan.startDatetime,
        stepsCount: plan.stepsCount,
        flag,
        application: { id: plan.application.id, name: plan.application.name },
        user: swsSessionUser(options, plan),
        tabIds: plan.tabIds,
        securityLayers: layers,
      }
    },
  }
}
