import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { Textarea } from '@/components/ui/textarea'

/** The reason or ticket every change dialog asks for; it is written to the audit log. */
export function ReasonField<T extends FieldValues>(props: { control: Control<T>; name: Path<T>; required?: boolean; id: string }) {
  return (
    <Controller
      name={props.name}
      control={props.control}
      render={({ field, fieldState }) => (
        <Field data-invalid={fieldState.invalid}>
          <FieldLabel htmlFor={props.id}>Reason or ticket{props.required ? '' : ' (optional)'}</FieldLabel>
          <Textarea {...field} value={field.value ?? ''} id={props.id} rows={2} aria-invalid={fieldState.invalid} placeholder="e.g. CHG-1234 — why this change is made" />
          <FieldDescription>Recorded in the audit log with the change.</FieldDescription>
          <FieldError errors={[fieldState.error]} />
        </Field>
      )}
    />
  )
}
