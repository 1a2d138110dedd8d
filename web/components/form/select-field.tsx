import type { ReactNode } from 'react'
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'

/** A labelled select bound to a form field. `null` options map to a sentinel, since Radix Select needs strings. */
export function SelectField<T extends FieldValues>(props: {
  control: Control<T>
  name: Path<T>
  id: string
  label: string
  options: ReadonlyArray<{ value: string | null; label: string }>
  description?: ReactNode
}) {
  const NULL = '__none__'
  return (
    <Controller
      name={props.name}
      control={props.control}
      render={({ field, fieldState }) => (
        <Field data-invalid={fieldState.invalid}>
          <FieldLabel htmlFor={props.id}>{props.label}</FieldLabel>
          <Select value={(field.value as string | null) ?? NULL} onValueChange={(value) => field.onChange(value === NULL ? null : value)}>
            <SelectTrigger id={props.id} className="w-full" aria-invalid={fieldState.invalid}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {props.options.map((option) => (
                <SelectItem key={option.value ?? NULL} value={option.value ?? NULL}>
                  {option.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          {props.description && <FieldDescription>{props.description}</FieldDescription>}
          <FieldError errors={[fieldState.error]} />
        </Field>
      )}
    />
  )
}
