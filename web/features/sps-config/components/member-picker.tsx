import type { SpsUserChoice } from '@contract/sps-config'
import { useId, useMemo, useState } from 'react'
import { Badge } from '@/components/ui/badge'
import { Checkbox } from '@/components/ui/checkbox'
import { Input } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'

/**
 * Members chosen from SPS's local users (by key). Names that are not local users (e.g. LDAP
 * users already in the group) stay listed and can be removed.
 */
export function MemberPicker(props: {
  id: string
  choices: SpsUserChoice[] | undefined
  /** Keys of local users, or names of other members. */
  value: string[]
  onChange: (value: string[]) => void
  invalid?: boolean
  describedBy?: string
}) {
  const [filter, setFilter] = useState('')
  const listId = useId()
  const choices = props.choices
  const options = useMemo(() => {
    const known = new Set(choices?.map((choice) => choice.key))
    // Members SPS knows only by name come first, so they can be seen and removed.
    const others = props.value.filter((member) => !known.has(member)).map((name) => ({ key: name, name, local: false }))
    const all = [...others, ...(choices ?? []).map((choice) => ({ ...choice, local: true }))]
    const needle = filter.trim().toLowerCase()
    return needle ? all.filter((option) => option.name.toLowerCase().includes(needle)) : all
  }, [choices, props.value, filter])
  const selected = new Set(props.value)
  const toggle = (key: string, on: boolean) => props.onChange(on ? [...props.value, key] : props.value.filter((member) => member !== key))

  return (
    <div className="space-y-2">
      <Input
        id={props.id}
        type="search"
        placeholder="Filter local users"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        aria-controls={listId}
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
        autoComplete="off"
      />
      <div id={listId} role="group" aria-label="Local users" className="max-h-56 overflow-y-auto rounded-md border p-1">
        {choices === undefined && (
          <p className="text-muted-foreground flex items-center gap-2 p-2 text-sm">
            <Spinner aria-hidden /> Loading local users…
          </p>
        )}
        {choices !== undefined && options.length === 0 && <p className="text-muted-foreground p-2 text-sm">No local user matches.</p>}
        {options.map((option) => {
          const checkboxId = `${props.id}-${option.key}`
          return (
            <label key={option.key} htmlFor={checkboxId} className="hover:bg-accent flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm">
              <Checkbox id={checkboxId} checked={selected.has(option.key)} onCheckedChange={(checked) => toggle(option.key, checked === true)} />
              <span className="min-w-0 flex-1 truncate" title={option.name}>
                {option.name}
              </span>
              {!option.local && <Badge variant="outline">not a local user</Badge>}
            </label>
          )
        })}
      </div>
      <p className="text-muted-foreground text-xs" aria-live="polite">
        {props.value.length === 1 ? '1 member selected' : `${props.value.length} members selected`}
      </p>
    </div>
  )
}
