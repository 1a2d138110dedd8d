import type { ReactNode } from 'react'
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form'
import { SelectField } from '@/components/form/select-field'
import { TextField } from '@/components/form/text-field'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { Switch } from '@/components/ui/switch'
import { Textarea } from '@/components/ui/textarea'
import { ATTRIBUTE_TYPE_OPTIONS } from '../attribute-types'

/** What the add and edit forms share: title, description, type and whether users set their own value. */
export interface AttributeDefinitionValues extends FieldValues {
  title: string | null
  description: string | null
  type: string
  userEditable: boolean
}

/** `afterType` shows right under the type, where a warning about changing it is seen. */
export function AttributeDefinitionFields<T extends AttributeDefinitionValues>(props: { control: Control<T>; idPrefix: string; afterType?: ReactNode }) {
  const { control, idPrefix } = props
  return (
    <>
      <TextField
        control={control}
        name={'title' as Path<T>}
        id={`${idPrefix}-title`}
        label="Title (optional)"
        description="What people see instead of the name."
        nullable
        autoComplete="off"
      />
      <Controller
        control={control}
        name={'description' as Path<T>}
        render={({ field, fieldState }) => (
          <Field data-invalid={fieldState.invalid}>
            <FieldLabel htmlFor={`${idPrefix}-description`}>Description (optional)</FieldLabel>
            <Textarea
              id={`${idPrefix}-description`}
              name={field.name}
              ref={field.ref}
              rows={2}
              value={(field.value as string | null) ?? ''}
              onChange={(event) => field.onChange(event.target.value === '' ? null : event.target.value)}
              onBlur={field.onBlur}
              aria-invalid={fieldState.invalid}
            />
            <FieldError errors={[fieldState.error]} />
          </Field>
        )}
      />
      <SelectField control={control} name={'type' as Path<T>} id={`${idPrefix}-type`} label="Type" options={ATTRIBUTE_TYPE_OPTIONS} />
      {props.afterType}
      <Controller
        control={control}
        name={'userEditable' as Path<T>}
        render={({ field }) => (
          <Field orientation="horizontal" className="items-start gap-3">
            <Switch id={`${idPrefix}-user-editable`} checked={field.value as boolean} onCheckedChange={field.onChange} aria-describedby={`${idPrefix}-user-editable-description`} />
            <div className="space-y-0.5">
              <FieldLabel htmlFor={`${idPrefix}-user-editable`}>People may set their own value</FieldLabel>
              <FieldDescription id={`${idPrefix}-user-editable-description`}>
                Identity lets each user change this attribute on themselves. Leave it off for anything a decision depends on.
              </FieldDescription>
            </div>
          </Field>
        )}
      />
    </>
  )
}
