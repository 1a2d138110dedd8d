import { z } from 'zod/mini'
import { optionalReasonSchema, requiredReasonSchema } from './reason'

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

// One attribute at a time, for the attribute-schema screen. The requests are flat, so a form's
// fields and the BFF's field errors share their names.

const definitionShape = {
  title: columnSchema.shape.title,
  description: columnSchema.shape.description,
  type: columnSchema.shape.type,
  userEditable: columnSchema.shape.userEditable,
}

/** POST …/identity/schema/attributes: adds one attribute; 409 when the name is taken or the limit is reached. */
export const addAttributeRequestSchema = z.object({
  name: columnSchema.shape.name,
  ...definitionShape,
  reason: optionalReasonSchema,
})
export type AddAttributeRequest = z.infer<typeof addAttributeRequestSchema>

/** The attribute as the operator last saw it; a change made meanwhile by someone else is refused (409). */
const seenAttributeSchema = z.object({
  title: z.nullable(z.string()),
  description: z.nullable(z.string()),
  type: z.string(),
  userEditable: z.boolean(),
})

/**
 * PATCH …/identity/schema/attributes/:name: changes title, description, type or user-editable
 * (a name never changes). Changing the type can make stored values unreadable, so it must say why.
 */
export const changeAttributeRequestSchema = z
  .object({ ...definitionShape, expected: seenAttributeSchema, reason: optionalReasonSchema })
  .check(
    z.refine((value) => value.type === value.expected.type || (value.reason ?? '').length >= 3, {
      message: 'Changing the type needs a reason or ticket (at least 3 characters)',
      path: ['reason'],
    }),
  )
export type ChangeAttributeRequest = z.infer<typeof changeAttributeRequestSchema>

/** DELETE …/identity/schema/attributes/:name: the name typed again, and a reason. */
export const deleteAttributeRequestSchema = z.object({
  confirmName: z.string().check(z.trim()),
  reason: requiredReasonSchema,
})
export type DeleteAttributeRequest = z.infer<typeof deleteAttributeRequestSchema>

export const confirmNameMessage = (name: string) => `Type the attribute's name exactly: ${name}`

/** The delete form: the typed name must be the attribute's own. */
export const deleteAttributeFormSchema = (name: string) =>
  z.object({
    confirmName: z.string().check(
      z.trim(),
      z.refine((typed) => typed === name, confirmNameMessage(name)),
    ),
    reason: requiredReasonSchema,
  })
