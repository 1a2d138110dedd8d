import { OverlayStore } from '../../framework/overlay-store'
import type { SimDataModel } from '../../framework/sim-context'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { SPS_BUILTIN_ACLS } from './sps-acls'
import { spsAaaSettings, type SpsAaaSettings } from './sps-aaa-settings'
import { SPS_ADMIN_USER, SPS_READ_ONLY_USER } from './sps-appliance'
import { spsAuditSessions, type SpsAuditSession } from './sps-audit-sessions'
import { spsLocalUsers, spsPasswords, type SpsLocalUser, type SpsPasswordObject } from './sps-local-users'
import {
  BUILTIN_RDP_CHANNEL_POLICY_KEY,
  BUILTIN_SSH_CHANNEL_POLICY_KEY,
  BUILTIN_TIME_POLICY_KEY,
  spsRdpChannelPolicies,
  spsSshChannelPolicies,
  spsTimePolicies,
  type SpsChannelPolicy,
  type SpsTimePolicy,
} from './sps-policies'
import { SpsTrailDownloadLog } from './sps-trail-download-log'
import { spsUsergroups, type SpsUsergroup } from './sps-usergroups'

/** The configuration collections a transaction can change, by name, with their record types. */
export interface SpsConfigRecords {
  readonly localUsers: SpsLocalUser
  readonly usergroups: SpsUsergroup
  readonly passwords: SpsPasswordObject
  readonly aaaSettings: SpsAaaSettings
  readonly timePolicies: SpsTimePolicy
  readonly rdpChannelPolicies: SpsChannelPolicy
  readonly sshChannelPolicies: SpsChannelPolicy
}

export type SpsConfigStoreName = keyof SpsConfigRecords

/**
 * The simulated SPS appliance's committed state: local users, usergroups, password objects,
 * AAA settings, policies and audited sessions. Pending transaction changes live beside it
 * (`sim/sps/transactions/`) until a commit writes them here.
 */
export class SpsData implements SimDataModel {
  readonly options: SimDataOptions
  readonly localUsers: OverlayStore<SpsLocalUser>
  readonly usergroups: OverlayStore<SpsUsergroup>
  readonly passwords: OverlayStore<SpsPasswordObject>
  readonly aaaSettings: OverlayStore<SpsAaaSettings>
  readonly timePolicies: OverlayStore<SpsTimePolicy>
  readonly rdpChannelPolicies: OverlayStore<SpsChannelPolicy>
  readonly sshChannelPolicies: OverlayStore<SpsChannelPolicy>
  readonly auditSessions: OverlayStore<SpsAuditSession>
  readonly trailDownloads = new SpsTrailDownloadLog()
  readonly acls = SPS_BUILTIN_ACLS
  readonly collections: SimDataModel['collections']
  private readonly configStores: { readonly [N in SpsConfigStoreName]: OverlayStore<SpsConfigRecords[N]> }

  constructor(options: SimDataOptions) {
    this.options = options
    this.localUsers = new OverlayStore(spsLocalUsers(options))
    this.usergroups = new OverlayStore(spsUsergroups(options))
    this.passwords = new OverlayStore(spsPasswords(options))
    this.aaaSettings = new OverlayStore(spsAaaSettings())
    this.timePolicies = new OverlayStore(spsTimePolicies(options))
    this.rdpChannelPolicies = new OverlayStore(spsRdpChannelPolicies(options))
    this.sshChannelPolicies = new OverlayStore(spsSshChannelPolicies(options))
    this.auditSessions = new OverlayStore(spsAuditSessions(options))
    this.configStores = {
      localUsers: this.localUsers,
      usergroups: this.usergroups,
      passwords: this.passwords,
      aaaSettings: this.aaaSettings,
      timePolicies: this.timePolicies,
      rdpChannelPolicies: this.rdpChannelPolicies,
      sshChannelPolicies: this.sshChannelPolicies,
    }
    this.collections = { ...this.configStores, auditSessions: this.auditSessions }
  }

  configStore<N extends SpsConfigStoreName>(name: N): OverlayStore<SpsConfigRecords[N]> {
    return this.configStores[name]
  }

  reset(): void {
    for (const store of Object.values(this.configStores)) store.reset()
    this.auditSessions.reset()
    this.trailDownloads.reset()
  }

  describe(): Record<string, unknown> {
    return {
      demoUsers: [SPS_ADMIN_USER.name, SPS_READ_ONLY_USER.name],
      builtinUsergroups: SPS_BUILTIN_ACLS.length,
      builtinPolicies: { timePolicy: BUILTIN_TIME_POLICY_KEY, rdpChannelPolicy: BUILTIN_RDP_CHANNEL_POLICY_KEY, sshChannelPolicy: BUILTIN_SSH_CHANNEL_POLICY_KEY },
      trailDownloadsRecorded: this.trailDownloads.count,
    }
  }
}
