import { describe, expect, it } from 'vitest'
import { wildcardMatcher } from './wildcard-search'

describe('wildcardMatcher', () => {
  it.each([
    ['sales', 'Salesforce', true],
    ['SALES*', 'salesforce', true],
    ['*force', 'Salesforce – Finance 2', true],
    ['s?les', 'Salesforce', true],
    ['s*f*e', 'Salesforce', true],
    ['workday', 'Salesforce', false],
    ['a.b', 'axb', false],
    ['(x)', 'f(x) = 1', true],
    ['*', 'anything', true],
  ])('%s in %s → %s', (pattern, text, expected) => {
    expect(wildcardMatcher(pattern)(text)).toBe(expected)
  })

  it('never matches a missing value', () => {
    expect(wildcardMatcher('x')(null)).toBe(false)
    expect(wildcardMatcher('x*y')(undefined)).toBe(false)
  })
})
