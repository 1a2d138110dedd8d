import { EXTDATA_TYPES, type ExtDataType } from '@contract/identity-schema'

/** Identity's attribute types (ExtData) in words; the type's own name stays visible for admins who know it. */
export const ATTRIBUTE_TYPE_LABELS: Record<ExtDataType, string> = {
  Text: 'Text',
  Int: 'Whole number',
  Double: 'Number',
  Bool: 'Yes / no',
  Date: 'Date',
}

export function attributeTypeLabel(type: string): string {
  return type in ATTRIBUTE_TYPE_LABELS ? ATTRIBUTE_TYPE_LABELS[type as ExtDataType] : type
}

export const ATTRIBUTE_TYPE_OPTIONS = EXTDATA_TYPES.map((type) => ({
  value: type,
  label: type === ATTRIBUTE_TYPE_LABELS[type] ? type : `${ATTRIBUTE_TYPE_LABELS[type]} (${type})`,
}))
