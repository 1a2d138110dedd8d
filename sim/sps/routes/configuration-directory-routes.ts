import type { Hono } from 'hono'
import { ACL_OBJECTS } from '../auth/sps-privileges'
import { CONFIG_HREFS, directoryChildren, directoryHrefs, siblingHrefs } from '../config/config-tree'
import { configurationMeta, listingItems, spsJson } from '../message-format'
import type { SpsEnv } from '../sps-env'
import { methodNotAllowed } from '../sps-error'
import type { SpsRuntime } from '../sps-runtime'
import { checkPermission } from './access-errors'

// The directories of the configuration tree (`/api/configuration`, `/api/configuration/aaa`, …):
// `items` naming their children, and the ACLs (seed 004: a read-only `body` list, key `acls`).

export function registerConfigurationDirectoryRoutes(api: Hono<SpsEnv>, runtime: SpsRuntime): void {
  for (const href of directoryHrefs()) {
    const children = directoryChildren(href) ?? []
    api.get(href, (c) =>
      spsJson(c, {
        items: listingItems(href, children),
        meta: configurationMeta(href, siblingHrefs(href), runtime.metaRemainingSeconds(c.get('spsSession'))),
      }),
    )
    api.all(href, (c) => methodNotAllowed(c, ['GET']))
  }

  api.get(CONFIG_HREFS.acls, (c) => {
    const refused = checkPermission(c, ACL_OBJECTS.auth, 'read')
    if (refused) return refused
    return spsJson(c, {
      body: runtime.data.acls,
      key: 'acls',
      meta: configurationMeta(CONFIG_HREFS.acls, siblingHrefs(CONFIG_HREFS.acls), runtime.metaRemainingSeconds(c.get('spsSession'))),
    })
  })
  // "Currently you cannot edit the privileges (ACLs) of the groups using the REST API."
  api.all(CONFIG_HREFS.acls, (c) => methodNotAllowed(c, ['GET']))
}
