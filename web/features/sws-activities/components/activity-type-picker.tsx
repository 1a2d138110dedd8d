import { SWS_ACTIVITY_TYPES, type SwsActivityType } from '@contract/sws-activities'
import { ChevronDown } from 'lucide-react'
import { useId } from 'react'
import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { Label } from '@/components/ui/label'
import { activityTypeLabel } from '../sws-activities-search'

const GROUPS: ReadonlyArray<{ label: string; test: (type: SwsActivityType) => boolean }> = [
  { label: 'Policies', test: (type) => type.startsWith('Policy') || type === 'RecreateTemplateRow' },
  { label: 'Tenant', test: (type) => type.startsWith('Tenant') || type === 'SettingsUpdated' },
  { label: 'Users', test: (type) => type.startsWith('User') || type === 'CompanyUserInvitationCreated' },
]

/**
 * A multi-select of activity types. The vendor needs at least one, so the last checked type
 * cannot be unchecked; "All types" puts every one back.
 */
export function ActivityTypePicker(props: { value: readonly SwsActivityType[]; onChange: (types: SwsActivityType[]) => void }) {
  const id = useId()
  const selected = new Set(props.value)
  const all = selected.size === SWS_ACTIVITY_TYPES.length
  const summary = all ? 'All types' : selected.size === 1 ? activityTypeLabel([...selected][0] ?? '') : `${selected.size} of ${SWS_ACTIVITY_TYPES.length} types`
  const toggle = (type: SwsActivityType, on: boolean) => props.onChange(SWS_ACTIVITY_TYPES.filter((item) => (item === type ? on : selected.has(item))))
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <Label htmlFor={id} className="text-muted-foreground text-xs font-medium">
        Activity types
      </Label>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button id={id} variant="outline" className="w-full justify-between font-normal" aria-label={`Activity types: ${summary}`}>
            <span className="truncate">{summary}</span>
            <ChevronDown className="opacity-60" aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        {/* Three groups side by side, so the whole list fits without a scrolling region. */}
        <DropdownMenuContent align="start" className="w-[min(48rem,calc(100vw-2rem))]">
          <DropdownMenuItem
            disabled={all}
            onSelect={(event) => {
              event.preventDefault()
              props.onChange([...SWS_ACTIVITY_TYPES])
            }}
          >
            All types
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <div className="grid gap-x-2 sm:grid-cols-3">
            {GROUPS.map((group) => (
              <DropdownMenuGroup key={group.label}>
                <DropdownMenuLabel className="text-muted-foreground text-xs">{group.label}</DropdownMenuLabel>
                {SWS_ACTIVITY_TYPES.filter(group.test).map((type) => {
                  const checked = selected.has(type)
                  const last = checked && selected.size === 1
                  return (
                    <DropdownMenuCheckboxItem
                      key={type}
                      checked={checked}
                      disabled={last}
                      title={last ? 'At least one type is needed' : type}
                      // Keep the menu open to pick several.
                      onSelect={(event) => event.preventDefault()}
                      onCheckedChange={(on) => toggle(type, on === true)}
                    >
                      {activityTypeLabel(type)}
                    </DropdownMenuCheckboxItem>
                  )
                })}
              </DropdownMenuGroup>
            ))}
          </div>
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  )
}
