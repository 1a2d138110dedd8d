import { type Control, type FieldValues, type Path } from 'react-hook-form'
import { TextField } from '@/components/form/text-field'

/** A new SPS password and its confirmation; never echoed back, never stored in the browser. */
export function PasswordFields<T extends FieldValues>({ control, idPrefix }: { control: Control<T>; idPrefix: string }) {
  return (
    <>
      <TextField
        control={control}
        name={'password' as Path<T>}
        id={`${idPrefix}-password`}
        label="Password"
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        description="At least 12 characters, mixing three of: lower case, upper case, digits, symbols. SPS stores it; the console never shows or logs it."
      />
      <TextField control={control} name={'confirm' as Path<T>} id={`${idPrefix}-confirm`} label="Confirm password" type="password" autoComplete="new-password" spellCheck={false} />
    </>
  )
}
