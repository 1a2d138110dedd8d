import { z } from 'zod/mini'
import { optionalReasonSchema } from './reason'

/** The tenant's extended user attributes (ExtData schema of the Users table). */

export const EXTDATA_TYPES = ['Text', 'Int', 'Double', 'Bool', 'Date'] as const
export type ExtDataType = (typeof EXTDATA_TYPES)[number]

export interface AttributeColumn {
  name: string
  title: string | null
  description: string | null
  type: ExtDataType | string
  userEditable: boolean
}

export interface AttributeSchema {
  columns: AttributeColumn[]
  columnLimit: number | null
}

export const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

const columnSchema = z.object({
  name: z.string().check(z.trim(), z.regex(ATTRIBUTE_NAME, 'Letters, digits and _ only, starting with a letter or _ (at most 64)')),
  title: z.nullable(z.string().check(z.trim(), z.maxLength(128, 'At most 128 characters'))),
  description: z.nullable(z.string().check(z.trim(), z.maxLength(512, 'At most 512 characters'))),
  type: z.enum(EXTDATA_TYPES, 'Choose a type'),
  userEditable: z.boolean(),
})

/**
 * Adds or changes columns. The BFF sends the tenant's full column set to UpdateSchema (a column
 * left out is deleted there), so existing columns are kept whatever this request holds.
 */
export const updateSchemaRequestSchema = z.object({
  columns: z.array(columnSchema).check(
    z.minLength(1, 'Add at least one attribute'),
    z.maxLength(25, 'At most 25 attributes'),
    z.refine((columns) => new Set(columns.map((column) => column.name.toLowerCase())).size === columns.length, 'Each attribute name may appear once'),
  ),
  reason: optionalReasonSchema,
})
export type UpdateSchemaRequest = z.infer<typeof updateSchemaRequestSchema>
