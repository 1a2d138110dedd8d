import { describe, expect, it } from 'vitest'
import { swsPolicyConfigurationFormSchema, swsPolicyListQuerySchema, swsPolicyUrlSchema, updateSwsPolicyConfigurationRequestSchema } from './sws-policies'

describe('SWS policy addresses', () => {
  it.each(['https://crm.example/accounts', 'http://intranet.example:8080/a?b=1', 'https://crm.example/static/*', 'https://*.crm.example/'])('accepts %s', (url) => {
    expect(swsPolicyUrlSchema.safeParse(url).success).toBe(true)
  })

  it.each(['crm.example/accounts', 'javascript:alert(1)', 'ftp://files.example/', 'https://', 'https://a b.example/', ''])('refuses %j', (url) => {
    expect(swsPolicyUrlSchema.safeParse(url).success).toBe(false)
  })

  it('trims, and refuses the same address twice in a list', () => {
    expect(swsPolicyUrlSchema.parse('  https://a.example/  ')).toBe('https://a.example/')
    const form = swsPolicyConfigurationFormSchema.safeParse({
      clipboardRestrictionEnabled: false,
      contextMenuRestrictionEnabled: false,
      downloadRestrictionEnabled: false,
      enforceEPM: false,
      watermarkEnabled: false,
      watermarkIncludesUserData: false,
      enforcePedometerLock: false,
      manualModeURLIncludeList: ['https://a.example/', 'HTTPS://A.EXAMPLE/'],
      excludedURLs: [],
    })
    expect(form.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['manualModeURLIncludeList'])
  })
})

describe('SWS policy requests', () => {
  it('needs at least one change', () => {
    expect(updateSwsPolicyConfigurationRequestSchema.safeParse({ changes: {}, expected: {} }).success).toBe(false)
    expect(updateSwsPolicyConfigurationRequestSchema.safeParse({ changes: { enforceEPM: true }, expected: { enforceEPM: false } }).success).toBe(true)
  })

  it('keeps list paging inside the vendor’s 10,000-result window', () => {
    expect(swsPolicyListQuerySchema.parse({})).toEqual({ page: 1, pageSize: 25 })
    expect(swsPolicyListQuerySchema.safeParse({ page: '400', pageSize: '25' }).success).toBe(true)
    expect(swsPolicyListQuerySchema.safeParse({ page: '401', pageSize: '25' }).success).toBe(false)
  })
})
