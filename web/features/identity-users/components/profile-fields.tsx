import type { Control, FieldValues, Path } from 'react-hook-form'
import { TextField } from '@/components/form/text-field'

/** Display name, e-mail, phones and description: the profile fields create and edit share. */
export function ProfileFields<T extends FieldValues>({ control, idPrefix }: { control: Control<T>; idPrefix: string }) {
  const name = (field: string) => field as Path<T>
  return (
    <>
      <TextField control={control} name={name('displayName')} id={`${idPrefix}-display-name`} label="Display name" autoComplete="off" />
      <TextField control={control} name={name('email')} id={`${idPrefix}-email`} label="E-mail (optional)" type="email" nullable autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField control={control} name={name('mobileNumber')} id={`${idPrefix}-mobile`} label="Mobile" nullable autoComplete="off" />
        <TextField control={control} name={name('officeNumber')} id={`${idPrefix}-office`} label="Office" nullable autoComplete="off" />
        <TextField control={control} name={name('homeNumber')} id={`${idPrefix}-home`} label="Home" nullable autoComplete="off" />
      </div>
      <TextField control={control} name={name('description')} id={`${idPrefix}-description`} label="Description (optional)" nullable autoComplete="off" />
    </>
  )
}
