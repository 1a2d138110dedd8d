import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { IdentityApiError } from '../envelope/identity-api-error'
import { registerAction } from '../http/identity-action'
import type { IdentityRuntime } from '../identity-runtime'
import { runRedrockQuery } from '../redrock/redrock-query'
import { RedrockSqlError } from '../redrock/redrock-sql-error'
import { redrockTables } from '../redrock/redrock-tables'

// POST /Redrock/query `{"Script": "<SQL>", "Args": {PageNumber, PageSize, Limit, SortBy, Caching, …}}`
// (`args` in lower case from some clients; Caching is accepted and ignored).

export function registerRedrockQueryRoute(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  const tables = redrockTables(runtime.data)
  registerAction(app, runtime, '/Redrock/query', 'read', (action) => {
    const script = action.args.requiredString('Script')
    try {
      return runRedrockQuery(tables, script, action.args.nested('Args'))
    } catch (error) {
      if (error instanceof RedrockSqlError) throw new IdentityApiError(error.message, 'argument')
      throw error
    }
  })
}
