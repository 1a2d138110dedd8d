import type { AttributeColumn } from '@contract/identity-schema'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { toast } from 'sonner'
import { FormErrorAlert } from '@/components/form-error-alert'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { Skeleton } from '@/components/ui/skeleton'
import { applyUserChange, attributeSchemaQueryOptions, userActions } from '../api/identity-user-queries'

type Value = string | number | boolean | null
const UNSET = '__unset__'

/** The text an attribute's input shows for a stored value. */
function draftOf(column: AttributeColumn, value: Value | undefined): string {
  if (value === null || value === undefined) return ''
  if (column.type === 'Date' && typeof value === 'string') return value.slice(0, 10)
  return String(value)
}

/** The value to send for an input's text, or an error to show beside it. */
export function parseAttribute(column: AttributeColumn, text: string): { value: Value } | { error: string } {
  const trimmed = text.trim()
  if (trimmed === '') return { value: null }
  switch (column.type) {
    case 'Bool':
      return { value: trimmed === 'true' }
    case 'Int':
      return /^-?\d{1,15}$/.test(trimmed) ? { value: Number(trimmed) } : { error: 'A whole number' }
    case 'Double':
      return Number.isFinite(Number(trimmed)) ? { value: Number(trimmed) } : { error: 'A number' }
    case 'Date':
      return Number.isNaN(Date.parse(trimmed)) ? { error: 'A date' } : { value: new Date(trimmed).toISOString() }
    default:
      return trimmed.length > 4000 ? { error: 'At most 4000 characters' } : { value: trimmed }
  }
}

/** ExtData SetColumns: the tenant's extended attributes of one user; only changed ones are sent. */
export function EditAttributesDialog(props: {
  tenant: string
  user: { id: string; username: string; attributes: Record<string, Value> }
  onClose: () => void
}) {
  const queryClient = useQueryClient()
  const schema = useQuery(attributeSchemaQueryOptions(props.tenant))
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const columns = schema.data?.columns ?? []
  const textOf = (column: AttributeColumn) => drafts[column.name] ?? draftOf(column, props.user.attributes[column.name])

  const submit = async () => {
    const values: Record<string, Value> = {}
    const nextErrors: Record<string, string> = {}
    for (const column of columns) {
      if (drafts[column.name] === undefined) continue
      const parsed = parseAttribute(column, drafts[column.name] as string)
      if ('error' in parsed) nextErrors[column.name] = parsed.error
      else values[column.name] = parsed.value
    }
    setErrors(nextErrors)
    if (Object.keys(nextErrors).length > 0) return
    if (Object.keys(values).length === 0) return props.onClose()
    setPending(true)
    setFormError(null)
    try {
      const { user } = await userActions(props.tenant).setAttributes(props.user.id, { values })
      toast.success(`${props.user.username}'s attributes were saved.`)
      props.onClose()
      await applyUserChange(queryClient, props.tenant, props.user.id, user)
    } catch (error) {
      setFormError(error instanceof Error ? error.message : 'The attributes could not be saved.')
    } finally {
      setPending(false)
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle className="break-all">Edit attributes: {props.user.username}</DialogTitle>
          <DialogDescription>The tenant's extended attributes. An empty field clears the value.</DialogDescription>
        </DialogHeader>
        <FormErrorAlert message={formError ?? (schema.error ? schema.error.message : null)} />
        <div className="space-y-4">
          {schema.isPending && <Skeleton className="h-24" />}
          {columns.map((column) => {
            const id = `attribute-${column.name}`
            const error = errors[column.name]
            const set = (text: string) => setDrafts((previous) => ({ ...previous, [column.name]: text }))
            return (
              <Field key={column.name} data-invalid={Boolean(error)}>
                <FieldLabel htmlFor={id}>
                  {column.title ?? column.name} <span className="text-muted-foreground font-normal">({column.type})</span>
                </FieldLabel>
                {column.type === 'Bool' ? (
                  <Select value={textOf(column) || UNSET} onValueChange={(value) => set(value === UNSET ? '' : value)}>
                    <SelectTrigger id={id} className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      <SelectItem value={UNSET}>Not set</SelectItem>
                      <SelectItem value="true">Yes</SelectItem>
                      <SelectItem value="false">No</SelectItem>
                    </SelectContent>
                  </Select>
                ) : (
                  <Input
                    id={id}
                    type={column.type === 'Date' ? 'date' : 'text'}
                    inputMode={column.type === 'Int' || column.type === 'Double' ? 'decimal' : undefined}
                    value={textOf(column)}
                    aria-invalid={Boolean(error)}
                    onChange={(event) => set(event.target.value)}
                  />
                )}
                {column.description && <FieldDescription>{column.description}</FieldDescription>}
                <FieldError errors={error ? [{ message: error }] : []} />
              </Field>
            )
          })}
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={props.onClose}>
            Cancel
          </Button>
          <Button disabled={pending || schema.isPending} onClick={() => void submit()}>
            {pending ? 'Saving…' : 'Save attributes'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
