import { describe, expect, it } from 'vitest'
import type { VendorResponse } from '../http/vendor-response'
import { swsError } from './sws-errors'

const answer = (status: number, text: string): VendorResponse => ({ status, headers: {}, text, confirmedByCheck: false, requestId: 'r' })

describe('SWS error mapping', () => {
  it('keeps a bare JSON string error as the vendor’s message', () => {
    const error = swsError(answer(400, '"User is not a Vendor Manager"'))
    expect(error.status).toBe(502)
    expect(error.message).toContain('User is not a Vendor Manager')
    expect(error.toBody().error.vendor).toEqual({ message: 'User is not a Vendor Manager' })
  })

  it('shows no vendor text for a body that is not the vendor’s error format', () => {
    const error = swsError(answer(500, '<html>proxy error</html>'))
    expect(error.message).not.toContain('proxy')
    expect(error.toBody().error.vendor).toBeUndefined()
  })
})
