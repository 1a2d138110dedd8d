import { SWS_STEP_TYPES, type SwsStepType } from '@contract/sws-player'
import { ListFilter } from 'lucide-react'
import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { stepKind } from '../step-kinds'

const ALL_TABS = 'all'

/** Filter the timeline by activity (step) type and by browser tab; both are applied by the gateway. */
export function StepFilters({
  types,
  tab,
  tabIds,
  onTypesChange,
  onTabChange,
}: {
  types: readonly SwsStepType[]
  tab: string | undefined
  tabIds: readonly string[]
  onTypesChange: (types: SwsStepType[]) => void
  onTabChange: (tab: string | undefined) => void
}) {
  const toggle = (type: SwsStepType, on: boolean) => onTypesChange(SWS_STEP_TYPES.filter((candidate) => (candidate === type ? on : types.includes(candidate))))
  const tabs = tab && !tabIds.includes(tab) ? [...tabIds, tab] : tabIds
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm">
            <ListFilter aria-hidden />
            {types.length === 0 ? 'All activity' : types.length === 1 ? stepKind(types[0] ?? '').label : `${types.length} activity types`}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-56">
          <DropdownMenuLabel>Activity type</DropdownMenuLabel>
          {SWS_STEP_TYPES.map((type) => {
            const Icon = stepKind(type).icon
            return (
              <DropdownMenuCheckboxItem key={type} checked={types.includes(type)} onCheckedChange={(on) => toggle(type, on === true)} onSelect={(event) => event.preventDefault()}>
                <Icon aria-hidden />
                {stepKind(type).label}
              </DropdownMenuCheckboxItem>
            )
          })}
          <DropdownMenuSeparator />
          <DropdownMenuItem disabled={types.length === 0} onSelect={() => onTypesChange([])}>
            Show all activity
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {tabs.length > 1 || tab ? (
        <Select value={tab ?? ALL_TABS} onValueChange={(value) => onTabChange(value === ALL_TABS ? undefined : value)}>
          <SelectTrigger size="sm" className="w-40" aria-label="Browser tab">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL_TABS}>All tabs</SelectItem>
            {tabs.map((id) => (
              <SelectItem key={id} value={id}>
                Tab {id}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      ) : null}
    </div>
  )
}
