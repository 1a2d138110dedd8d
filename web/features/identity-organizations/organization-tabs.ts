/** The tabs of an organization's page; the route's search schema reads them (kept apart from the screen so the route does not pull the screen into the entry chunk). */
export const ORG_TABS = ['members', 'administrators', 'permissions', 'roles'] as const
export type OrgTab = (typeof ORG_TABS)[number]
