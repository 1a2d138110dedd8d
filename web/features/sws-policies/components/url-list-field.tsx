import type { SwsPolicyConfigurationForm } from '@contract/sws-policies'
import { Plus, X } from 'lucide-react'
import { type Control, Controller, type FieldError as HookFieldError } from 'react-hook-form'
import { Button } from '@/components/ui/button'
import { FieldDescription, FieldError, FieldLegend, FieldSet } from '@/components/ui/field'
import { Input } from '@/components/ui/input'

type ListName = 'manualModeURLIncludeList' | 'excludedURLs'

/** A list-level error (e.g. a duplicate) and per-line errors, as react-hook-form nests them for arrays. */
function listErrors(error: unknown): { list?: HookFieldError; items: Array<HookFieldError | undefined> } {
  if (!error || typeof error !== 'object') return { items: [] }
  const record = error as HookFieldError & { root?: HookFieldError } & Record<number, HookFieldError | undefined>
  const list = record.message ? record : record.root
  const items = Array.isArray(error) ? (error as Array<HookFieldError | undefined>) : Object.keys(record).filter((key) => /^\d+$/.test(key)).reduce<Array<HookFieldError | undefined>>((all, key) => {
    all[Number(key)] = record[Number(key)]
    return all
  }, [])
  return { list, items }
}

/** Edits a list of addresses: one input a line, add and remove, each line's error beside it. */
export function UrlListField(props: { control: Control<SwsPolicyConfigurationForm>; name: ListName; legend: string; description: string; itemLabel: string; idPrefix: string }) {
  return (
    <Controller
      name={props.name}
      control={props.control}
      render={({ field, fieldState }) => {
        const { list, items } = listErrors(fieldState.error)
        const set = (index: number, value: string) => field.onChange(field.value.map((item, at) => (at === index ? value : item)))
        return (
          <FieldSet data-invalid={fieldState.invalid} className="gap-2">
            <FieldLegend variant="label" className="mb-0">
              {props.legend}
            </FieldLegend>
            <FieldDescription>{props.description}</FieldDescription>
            {field.value.length === 0 && <p className="text-muted-foreground text-sm">No addresses.</p>}
            <ol className="space-y-2">
              {field.value.map((url, index) => {
                const id = `${props.idPrefix}-${index}`
                const error = items[index]
                return (
                  <li key={index} className="space-y-1">
                    <div className="flex gap-2">
                      <Input
                        id={id}
                        value={url}
                        aria-label={`${props.itemLabel} ${index + 1}`}
                        aria-invalid={!!error}
                        aria-describedby={error ? `${id}-error` : undefined}
                        placeholder="https://app.example.com/path/*"
                        spellCheck={false}
                        autoComplete="off"
                        onChange={(event) => set(index, event.target.value)}
                        onBlur={field.onBlur}
                        className="font-mono text-xs"
                      />
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        aria-label={`Remove ${props.itemLabel.toLowerCase()} ${index + 1}`}
                        onClick={() => field.onChange(field.value.filter((_, at) => at !== index))}
                      >
                        <X aria-hidden />
                      </Button>
                    </div>
                    {error?.message && <FieldError id={`${id}-error`}>{error.message}</FieldError>}
                  </li>
                )
              })}
            </ol>
            <Button type="button" variant="outline" size="sm" className="w-fit" onClick={() => field.onChange([...field.value, ''])}>
              <Plus aria-hidden />
              Add {props.itemLabel.toLowerCase()}
            </Button>
            <FieldError errors={[list]} />
          </FieldSet>
        )
      }}
    />
  )
}
