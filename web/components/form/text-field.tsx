import type { ComponentProps, ReactNode } from 'react'
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'

type TextFieldProps<T extends FieldValues> = {
  control: Control<T>
  name: Path<T>
  id: string
  label: string
  description?: ReactNode
  /** The form holds null for an empty value (optional settings the API takes as null). */
  nullable?: boolean
  multiline?: boolean
} & Omit<ComponentProps<'input'>, 'name' | 'id' | 'value' | 'onChange' | 'onBlur'>

/** A labelled text input bound to a form field, with its description and error beside it. */
export function TextField<T extends FieldValues>({ control, name, id, label, description, nullable, multiline, ...inputProps }: TextFieldProps<T>) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => {
        const value = (field.value as string | null | undefined) ?? ''
        const onChange = (next: string) => field.onChange(nullable && next === '' ? null : next)
        const describedBy = description ? `${id}-description` : undefined
        return (
          <Field data-invalid={fieldState.invalid}>
            <FieldLabel htmlFor={id}>{label}</FieldLabel>
            {multiline ? (
              <Textarea id={id} name={field.name} value={value} onChange={(event) => onChange(event.target.value)} onBlur={field.onBlur} aria-invalid={fieldState.invalid} aria-describedby={describedBy} rows={5} className="font-mono text-xs" />
            ) : (
              <Input {...inputProps} id={id} name={field.name} ref={field.ref} value={value} onChange={(event) => onChange(event.target.value)} onBlur={field.onBlur} aria-invalid={fieldState.invalid} aria-describedby={describedBy} />
            )}
            {description && <FieldDescription id={describedBy}>{description}</FieldDescription>}
            <FieldError errors={[fieldState.error]} />
          </Field>
        )
      }}
    />
  )
}
