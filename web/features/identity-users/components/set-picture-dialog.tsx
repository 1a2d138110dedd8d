import { PICTURE_MAX_BYTES, PICTURE_TYPES } from '@contract/identity-users'
import { useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { toast } from 'sonner'
import { FormErrorAlert } from '@/components/form-error-alert'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { applyUserChange, userActions } from '../api/identity-user-queries'

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** SetUserPicture: PNG, JPEG, GIF or BMP up to 2 MB, checked here and again by the BFF from the file's bytes. */
export function SetPictureDialog(props: { tenant: string; user: { id: string; username: string }; onClose: () => void }) {
  const queryClient = useQueryClient()
  const inputId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  const choose = (chosen: File | null) => {
    setFile(chosen)
    setFieldError(null)
    if (!chosen) return
    if (!(PICTURE_TYPES as readonly string[]).includes(chosen.type)) setFieldError('Use a PNG, JPEG, GIF or BMP picture.')
    else if (chosen.size > PICTURE_MAX_BYTES) setFieldError('The picture is larger than 2 MB.')
  }
  const submit = async () => {
    if (!file) return setFieldError('Choose a picture.')
    if (fieldError) return
    setPending(true)
    setFormError(null)
    try {
      const { user } = await userActions(props.tenant).setPicture(props.user.id, { data: await toBase64(file) })
      toast.success(`${props.user.username}'s picture was set.`)
      props.onClose()
      await applyUserChange(queryClient, props.tenant, props.user.id, user)
    } catch (error) {
      setFormError(error instanceof Error ? error.message : 'The picture could not be set.')
    } finally {
      setPending(false)
    }
  }
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle className="break-all">Set picture: {props.user.username}</DialogTitle>
          <DialogDescription>Shown where the tenant shows the user.</DialogDescription>
        </DialogHeader>
        <FormErrorAlert message={formError} />
        <Field data-invalid={Boolean(fieldError)}>
          <FieldLabel htmlFor={inputId}>Picture</FieldLabel>
          <Input
            id={inputId}
            type="file"
            accept={PICTURE_TYPES.join(',')}
            aria-invalid={Boolean(fieldError)}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
          <FieldDescription>PNG, JPEG, GIF or BMP, at most 2 MB.</FieldDescription>
          <FieldError errors={fieldError ? [{ message: fieldError }] : []} />
        </Field>
        <DialogFooter>
          <Button variant="outline" onClick={props.onClose}>
            Cancel
          </Button>
          <Button disabled={pending} onClick={() => void submit()}>
            {pending ? 'Uploading…' : 'Set picture'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
