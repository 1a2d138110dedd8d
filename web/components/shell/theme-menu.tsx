import { Clock, Globe, Monitor, Moon, Sun } from 'lucide-react'
import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { type ThemePreference, useTheme } from '@/lib/theme'
import { TIME_DISPLAYS, type TimeDisplay, timeDisplayLabel, useTimeDisplay } from '@/lib/time-display'

export const THEME_OPTIONS: ReadonlyArray<{ value: ThemePreference; label: string; icon: typeof Sun }> = [
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
  { value: 'system', label: 'System', icon: Monitor },
]

export const TIME_DISPLAY_ICONS: Record<TimeDisplay, typeof Sun> = { local: Clock, utc: Globe }

/** The display preferences: colour theme, and whether times show in local time or UTC. */
export function ThemeMenu() {
  const { preference, resolved, setPreference } = useTheme()
  const { display, setDisplay } = useTimeDisplay()
  const Icon = resolved === 'dark' ? Moon : Sun
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        {/* Starts "Theme: …. Change theme" as before; the rest tells where the time switch lives. */}
        <Button variant="ghost" size="icon" aria-label={`Theme: ${preference}. Change theme or time zone (times in ${display === 'utc' ? 'UTC' : 'local time'})`}>
          <Icon aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>Theme</DropdownMenuLabel>
        <DropdownMenuRadioGroup aria-label="Theme" value={preference} onValueChange={(value) => setPreference(value as ThemePreference)}>
          {THEME_OPTIONS.map((option) => (
            <DropdownMenuRadioItem key={option.value} value={option.value}>
              <option.icon aria-hidden />
              {option.label}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuLabel>Times</DropdownMenuLabel>
        <DropdownMenuRadioGroup aria-label="Times" value={display} onValueChange={(value) => setDisplay(value as TimeDisplay)}>
          {TIME_DISPLAYS.map((option) => {
            const OptionIcon = TIME_DISPLAY_ICONS[option]
            return (
              <DropdownMenuRadioItem key={option} value={option}>
                <OptionIcon aria-hidden />
                {timeDisplayLabel(option)}
              </DropdownMenuRadioItem>
            )
          })}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
