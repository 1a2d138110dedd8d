import {
  SWS_SECURITY_LAYERS,
  type SwsFieldChange,
  type SwsPolicyConfiguration,
  type SwsPolicyConfigurationKey,
  type SwsSecurityLayer,
} from '../../../contract/sws-policies'

// What a policy change sends to SWS, and what it changed. The vendor notes do not say whether
// PUT …/configuration replaces the whole object or merges the keys it is given, so the body is
// always the whole configuration as the vendor last answered it (unknown keys included) with the
// operator's fields on top: correct under either reading, and no untouched field is dropped.

type Json = Record<string, unknown>

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index])
  return a === b
}

const changedKeys = (changes: Partial<SwsPolicyConfiguration>) => Object.keys(changes) as SwsPolicyConfigurationKey[]

/** The fields `changes` really alters, before → after, in the order they were given. */
export function configurationDiff(current: SwsPolicyConfiguration, changes: Partial<SwsPolicyConfiguration>): SwsFieldChange[] {
  return changedKeys(changes)
    .filter((key) => !sameValue(current[key], changes[key]))
    .map((key) => ({ field: key, before: current[key], after: changes[key] }))
}

/**
 * Fields the operator changed that no longer hold what they saw (someone else changed them since):
 * writing over those would lose that other change. A field missing from `expected` counts as stale.
 */
export function staleConfigurationFields(
  current: SwsPolicyConfiguration,
  changes: Partial<SwsPolicyConfiguration>,
  expected: Partial<Record<SwsPolicyConfigurationKey, unknown>>,
): SwsPolicyConfigurationKey[] {
  return changedKeys(changes).filter((key) => !(key in expected) || !sameValue(current[key], expected[key]))
}

/** PUT …/configuration body: the vendor's whole configuration with the changed fields replaced. */
export function configurationWriteBody(raw: Json, changes: Partial<SwsPolicyConfiguration>): { policyConfiguration: Json } {
  const trimmed = Object.fromEntries(
    Object.entries(changes).map(([key, value]) => [key, Array.isArray(value) ? value.map((url: string) => url.trim()) : value]),
  )
  return { policyConfiguration: { ...raw, ...trimmed } }
}

/** Whether the configuration the vendor now holds has every change applied (after an unclear write). */
export function configurationApplied(current: SwsPolicyConfiguration, changes: Partial<SwsPolicyConfiguration>): boolean {
  return configurationDiff(current, changes).length === 0
}

const isKnownLayer = (layer: string): layer is SwsSecurityLayer => (SWS_SECURITY_LAYERS as readonly string[]).includes(layer)

/**
 * The layer list to send: the requested known layers in the vendor's documented order, plus any
 * layer the vendor holds that the console does not know (the operator could not have removed it).
 */
export function securityLayersWriteBody(requested: readonly SwsSecurityLayer[], current: readonly string[]): { securityLayers: string[] } {
  const known = SWS_SECURITY_LAYERS.filter((layer) => requested.includes(layer))
  const unknown = current.filter((layer) => !isKnownLayer(layer))
  return { securityLayers: [...known, ...unknown] }
}

/** Same layers, whatever the order. */
export function sameLayers(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a)
  const right = new Set(b)
  return left.size === right.size && [...left].every((layer) => right.has(layer))
}
