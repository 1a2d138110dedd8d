import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form'
import { Field, FieldDescription, FieldLabel } from '@/components/ui/field'
import { Switch } from '@/components/ui/switch'

/** A labelled on/off form field. */
export function SwitchField<T extends FieldValues>(props: { control: Control<T>; name: Path<T>; id: string; label: string; description?: string }) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <Field orientation="horizontal" className="items-start gap-3">
          <Switch
            id={props.id}
            checked={field.value as boolean}
            onCheckedChange={field.onChange}
            aria-describedby={props.description ? `${props.id}-description` : undefined}
          />
          <div className="space-y-0.5">
            <FieldLabel htmlFor={props.id}>{props.label}</FieldLabel>
            {props.description && <FieldDescription id={`${props.id}-description`}>{props.description}</FieldDescription>}
          </div>
        </Field>
      )}
    />
  )
}
