import type { ConnectionTestResult } from '../../contract/connections'
import type { Deps } from '../app-env'
import { ApiError } from '../http/api-error'
import type { ConnectionRecord } from '../store/connections-repo'
import type { VendorHttpTuning } from '../vendors/http/vendor-http-client'
import { identityClientFor, spsConnectionFor, swsClientFor } from './vendor-clients'

/** A test should answer while the person waits: fewer, shorter tries than normal traffic. */
const TEST_TUNING: VendorHttpTuning = { timeoutMs: 10_000, maxAttempts: 2, maxRetryAfterMs: 2_000 }

/**
 * Authenticates with the stored connection and performs one read, with adapters of its own that
 * are closed afterwards. A vendor refusal is a result to show, not an error of this request.
 */
export async function testConnection(deps: Deps, record: ConnectionRecord, requestId: string): Promise<ConnectionTestResult> {
  const { sealer, log } = deps
  try {
    switch (record.vendor) {
      case 'identity': {
        const client = identityClientFor(record, sealer, log, TEST_TUNING, ':test')
        try {
          const { latencyMs, caller } = await client.testConnection(requestId)
          return { ok: true, latencyMs, detail: `Signed in as ${caller.name} and read its own user record.` }
        } finally {
          client.close()
        }
      }
      case 'sws': {
        const client = swsClientFor(record, sealer, log, TEST_TUNING, ':test')
        try {
          const { latencyMs, policyCount } = await client.testConnection(requestId)
          return { ok: true, latencyMs, detail: `Got a token and listed the web-app policies (${policyCount}).` }
        } finally {
          client.close()
        }
      }
      case 'sps': {
        const connection = spsConnectionFor(record, sealer, log, TEST_TUNING, ':test')
        try {
          const { latencyMs, version } = await connection.testConnection(requestId)
          return { ok: true, latencyMs, detail: `Signed in and read the appliance information (SPS ${version}).` }
        } finally {
          await connection.closeAll()
        }
      }
    }
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, code: error.code, message: error.message }
    throw error
  }
}
