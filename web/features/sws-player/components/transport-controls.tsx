import { ChevronFirst, ChevronLast, Pause, Play, StepBack, StepForward } from 'lucide-react'
import { useId } from 'react'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { Switch } from '@/components/ui/switch'
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../playback-timing'

/** Play/pause, step by step, speed and idle skipping; the keys are in the shortcuts help. */
export function TransportControls(props: {
  playing: boolean
  canGoBack: boolean
  canGoForward: boolean
  speed: PlaybackSpeed
  skipIdle: boolean
  onTogglePlay: () => void
  onFirst: () => void
  onPrevious: () => void
  onNext: () => void
  onLast: () => void
  onSpeedChange: (speed: PlaybackSpeed) => void
  onSkipIdleChange: (skip: boolean) => void
}) {
  const skipId = useId()
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="flex items-center gap-1" role="group" aria-label="Playback">
        <Button variant="ghost" size="icon-sm" aria-label="First step (Home)" title="First step (Home)" disabled={!props.canGoBack} onClick={props.onFirst}>
          <ChevronFirst aria-hidden />
        </Button>
        <Button variant="ghost" size="icon-sm" aria-label="Previous step (← or k)" title="Previous step (← or k)" disabled={!props.canGoBack} onClick={props.onPrevious}>
          <StepBack aria-hidden />
        </Button>
        <Button size="icon" aria-label={props.playing ? 'Pause (space)' : 'Play (space)'} title={props.playing ? 'Pause (space)' : 'Play (space)'} onClick={props.onTogglePlay}>
          {props.playing ? <Pause aria-hidden /> : <Play aria-hidden />}
        </Button>
        <Button variant="ghost" size="icon-sm" aria-label="Next step (→ or j)" title="Next step (→ or j)" disabled={!props.canGoForward} onClick={props.onNext}>
          <StepForward aria-hidden />
        </Button>
        <Button variant="ghost" size="icon-sm" aria-label="Last step (End)" title="Last step (End)" disabled={!props.canGoForward} onClick={props.onLast}>
          <ChevronLast aria-hidden />
        </Button>
      </div>
      <Select value={String(props.speed)} onValueChange={(value) => props.onSpeedChange(Number(value) as PlaybackSpeed)}>
        <SelectTrigger size="sm" className="w-20" aria-label="Playback speed">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {PLAYBACK_SPEEDS.map((speed) => (
            <SelectItem key={speed} value={String(speed)}>
              {speed}×
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <div className="flex items-center gap-2">
        <Switch id={skipId} checked={props.skipIdle} onCheckedChange={props.onSkipIdleChange} />
        <Label htmlFor={skipId} className="text-sm font-normal">
          Skip idle gaps
        </Label>
      </div>
    </div>
  )
}
