import { useState } from 'react'
import { type Control, type FieldValues, type Path, useController } from 'react-hook-form'
import { Button } from '@/components/ui/button'
import { Field, FieldDescription, FieldError, FieldLabel, FieldTitle } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
import { DateTime } from '@/components/date-time'

/**
 * A write-only secret: the console never shows a stored one, only that it is set. Replacing it is
 * the only edit, and leaving it closed keeps the stored secret (the field stays undefined).
 */
export function SecretField<T extends FieldValues>(props: {
  control: Control<T>
  name: Path<T>
  id: string
  label: string
  storedAt: string | null
  multiline?: boolean
}) {
  const { field, fieldState } = useController({ name: props.name, control: props.control })
  const [replacing, setReplacing] = useState(props.storedAt === null)
  if (!replacing) {
    return (
      <Field>
        <FieldTitle id={`${props.id}-title`}>{props.label}</FieldTitle>
        <div className="flex items-center gap-3">
          <span className="text-muted-foreground text-sm">Set · changed <DateTime value={props.storedAt ?? ''} /></span>
          <Button type="button" variant="outline" size="sm" aria-describedby={`${props.id}-title`} onClick={() => setReplacing(true)}>
            Replace…
          </Button>
        </div>
      </Field>
    )
  }
  const common = {
    id: props.id,
    name: field.name,
    value: (field.value as string | undefined) ?? '',
    onChange: (event: { target: { value: string } }) => field.onChange(event.target.value === '' ? undefined : event.target.value),
    onBlur: field.onBlur,
    'aria-invalid': fieldState.invalid,
    autoComplete: 'off',
    spellCheck: false,
  }
  return (
    <Field data-invalid={fieldState.invalid}>
      <FieldLabel htmlFor={props.id}>{props.label}</FieldLabel>
      {props.multiline ? <Textarea {...common} rows={5} className="font-mono text-xs" /> : <Input {...common} type="password" />}
      <FieldDescription>
        {props.storedAt ? 'Replaces the stored secret when you save (you may be asked to confirm it is you).' : 'Stored sealed; it is never shown again.'}
        {props.storedAt && (
          <Button
            type="button"
            variant="link"
            className="ml-1 h-auto p-0 text-sm"
            onClick={() => {
              field.onChange(undefined)
              setReplacing(false)
            }}
          >
            Keep the stored one
          </Button>
        )}
      </FieldDescription>
      <FieldError errors={[fieldState.error]} />
    </Field>
  )
}
