import {
  SWS_CONFIG_FLAGS,
  SWS_CONFIG_LABELS,
  SWS_CONFIG_URL_LISTS,
  SWS_SECURITY_LAYER_LABELS,
  SWS_SECURITY_LAYERS,
  type SwsPolicyConfiguration,
  type SwsSecurityLayer,
} from '@contract/sws-policies'

/** One row of a confirmation: a field that changes, before → after, in words. */
export type ChangeRow =
  | { field: string; label: string; kind: 'value'; before: string; after: string }
  | { field: string; label: string; kind: 'list'; before: string[]; after: string[] }

const onOff = (value: boolean) => (value ? 'On' : 'Off')

export function layerLabel(layer: string): string {
  return (SWS_SECURITY_LAYER_LABELS as Record<string, string | undefined>)[layer] ?? layer
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index])

/**
 * What an edited configuration changes: the request (only changed fields, with the values seen
 * before) and the rows the confirmation shows. URLs are compared trimmed, as they are sent.
 */
export function configurationChanges(before: SwsPolicyConfiguration, edited: SwsPolicyConfiguration) {
  const changes: Partial<SwsPolicyConfiguration> = {}
  const expected: Partial<SwsPolicyConfiguration> = {}
  const rows: ChangeRow[] = []
  for (const key of SWS_CONFIG_FLAGS) {
    if (before[key] === edited[key]) continue
    changes[key] = edited[key]
    expected[key] = before[key]
    rows.push({ field: key, label: SWS_CONFIG_LABELS[key], kind: 'value', before: onOff(before[key]), after: onOff(edited[key]) })
  }
  for (const key of SWS_CONFIG_URL_LISTS) {
    const after = edited[key].map((url) => url.trim())
    if (sameList(before[key], after)) continue
    changes[key] = after
    expected[key] = before[key]
    rows.push({ field: key, label: SWS_CONFIG_LABELS[key], kind: 'list', before: before[key], after })
  }
  return { changes, expected, rows }
}

/** The layers in the vendor's documented order, then any the console does not know. */
export function orderedLayers(layers: readonly string[]): string[] {
  return [...SWS_SECURITY_LAYERS.filter((layer) => layers.includes(layer)), ...layers.filter((layer) => !(SWS_SECURITY_LAYERS as readonly string[]).includes(layer))]
}

/** The row for a change of security layers, or null when the set is the same. */
export function layerChange(label: string, before: readonly string[], after: readonly SwsSecurityLayer[]): ChangeRow | null {
  const from = orderedLayers(before)
  // Layers the console does not know are kept by the BFF, so they stay in "after" too.
  const to = orderedLayers([...after, ...before.filter((layer) => !(SWS_SECURITY_LAYERS as readonly string[]).includes(layer))])
  if (sameList(from, to)) return null
  return { field: 'securityLayers', label, kind: 'list', before: from.map(layerLabel), after: to.map(layerLabel) }
}

export function statusChange(active: boolean): ChangeRow {
  return { field: 'active', label: 'Status', kind: 'value', before: active ? 'Active' : 'Inactive', after: active ? 'Inactive' : 'Active' }
}
