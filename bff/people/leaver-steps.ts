import type { IdentityLeaverAction, LeaverStep, LeaverStepId } from '../../contract/people'
import { ApiError } from '../http/api-error'
import { lockUser, setUserEnabled, signOutEverywhere } from '../vendors/identity/identity-user-actions'
import { withTransaction } from '../vendors/sps/sps-transaction'
import { usergroupBody, USERGROUPS_PATH } from '../vendors/sps/sps-usergroups'
import { setSwsUserStatus } from '../vendors/sws/sws-users-api'
import type { LeaverFacts } from './leaver-facts'

export interface LeaverStepContext {
  facts: LeaverFacts
  identityAction: IdentityLeaverAction
  reason: string
  requestId?: string
}

interface StepDefinition {
  id: LeaverStepId
  /** The step as it stands now: what it would do, or why it has nothing to do. */
  plan(context: LeaverStepContext): LeaverStep
  run(context: LeaverStepContext): Promise<void>
}

const step = (id: LeaverStepId, title: string, detail: string, state: LeaverStep['state'], message: string | null = null): LeaverStep => ({ id, title, detail, state, message })

const SPS_PENDING_MESSAGE = 'You have uncommitted SPS changes. Commit or discard them first: this step commits a transaction of its own.'

/** The leaver checklist in the order it runs: access first (Identity), then the other vendors. */
export const LEAVER_STEPS: readonly StepDefinition[] = [
  {
    id: 'identity-disable',
    plan({ facts: { user }, identityAction }) {
      const who = `${user.username} (${user.id})`
      if (identityAction === 'lock') {
        return step('identity-disable', 'Lock the Identity account', `Lock ${who} so it cannot sign in`, user.cloudLocked ? 'already-done' : 'planned', user.cloudLocked ? 'Already locked.' : null)
      }
      return step('identity-disable', 'Disable the Identity account', `Disable ${who}`, user.enabled ? 'planned' : 'already-done', user.enabled ? null : 'Already disabled.')
    },
    async run({ facts, identityAction, requestId }) {
      if (identityAction === 'lock') await lockUser(facts.identityClient, facts.user.id, requestId)
      else await setUserEnabled(facts.identityClient, facts.user.id, false, requestId)
    },
  },
  {
    id: 'identity-sign-out',
    plan: ({ facts: { user } }) => step('identity-sign-out', 'Sign out everywhere', `End every Identity session of ${user.username}`, 'planned'),
    run: ({ facts, requestId }) => signOutEverywhere(facts.identityClient, facts.user.id, requestId),
  },
  {
    id: 'sws-deactivate',
    plan({ facts: { sws, login } }) {
      const title = 'Deactivate the SWS user'
      if (sws.kind === 'not-connected') return step('sws-deactivate', title, 'No Secure Web Sessions connection', 'not-applicable', 'This tenant has no SWS connection.')
      if (sws.kind === 'none') return step('sws-deactivate', title, `No SWS user matches ${login}`, 'not-applicable', 'No SWS user matched the Identity login or email.')
      if (sws.kind === 'failed') return step('sws-deactivate', title, 'SWS could not be asked', 'blocked', sws.message)
      const { user } = sws.value
      const detail = `Deactivate ${user.username} (${user.id}) in the SWS tenant`
      return user.status === 'Deactivated' ? step('sws-deactivate', title, detail, 'already-done', 'Already deactivated.') : step('sws-deactivate', title, detail, 'planned')
    },
    async run({ facts, requestId }) {
      if (facts.sws.kind !== 'found') return
      await setSwsUserStatus(facts.sws.value.client, facts.sws.value.user.id, 'Deactivated', requestId)
    },
  },
  {
    id: 'sps-remove-from-usergroups',
    plan({ facts: { sps, login } }) {
      const title = 'Remove from SPS usergroups'
      if (sps.kind === 'not-connected') return step('sps-remove-from-usergroups', title, 'No SPS connection', 'not-applicable', 'This tenant has no SPS connection.')
      if (sps.kind === 'none') return step('sps-remove-from-usergroups', title, `No SPS local user is named ${login}`, 'not-applicable', 'No SPS local user matched.')
      if (sps.kind === 'failed') return step('sps-remove-from-usergroups', title, 'SPS could not be asked', 'blocked', sps.message)
      const { localUser, groups, session } = sps.value
      if (groups.length === 0) return step('sps-remove-from-usergroups', title, `${localUser.name} is in no usergroup`, 'already-done', 'Not a member of any usergroup.')
      const detail = `Remove ${localUser.name} from ${groups.length} usergroup${groups.length === 1 ? '' : 's'}: ${groups.map((group) => group.name).join(', ')} (one SPS commit)`
      if (session.login.holdsTransaction) return step('sps-remove-from-usergroups', title, detail, 'blocked', SPS_PENDING_MESSAGE)
      return step('sps-remove-from-usergroups', title, detail, 'planned')
    },
    async run({ facts, reason, requestId }) {
      if (facts.sps.kind !== 'found') return
      const { session, groups, localUser } = facts.sps.value
      if (session.login.holdsTransaction) throw new ApiError(409, 'conflict', SPS_PENDING_MESSAGE)
      await withTransaction(
        session,
        async (tx) => {
          for (const group of groups) {
            const members = group.members.filter((member) => member !== localUser.key && member !== localUser.name)
            await tx.put(`${USERGROUPS_PATH}/${encodeURIComponent(group.key)}`, usergroupBody(group.name, members))
          }
        },
        { commitMessage: `Leaver ${localUser.name}: ${reason}`, ...(requestId ? { requestId } : {}) },
      )
    },
  },
]
