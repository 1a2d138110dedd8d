import type { SwsStepView } from '@contract/sws-player'
import {
  CircleHelp,
  ClipboardPaste,
  Globe,
  Keyboard,
  Lock,
  LockOpen,
  MousePointerClick,
  PlayCircle,
  TextCursorInput,
  type LucideIcon,
} from 'lucide-react'

/** How the player shows each step type: icon, words, and a colour token that passes AA on its tint. */
export interface StepKind {
  label: string
  icon: LucideIcon
  /** Tailwind classes for the icon chip. */
  tone: string
  /** Scrubber marker colour (an SVG fill class), or null for types too frequent to mark. */
  marker: string | null
}

const KINDS: Record<string, StepKind> = {
  NavigatedTo: { label: 'Navigation', icon: Globe, tone: 'bg-info/10 text-info', marker: 'fill-info' },
  MouseClick: { label: 'Click', icon: MousePointerClick, tone: 'bg-primary/10 text-primary', marker: null },
  KeyPress: { label: 'Key press', icon: Keyboard, tone: 'bg-secondary text-secondary-foreground', marker: null },
  ValueChange: { label: 'Value change', icon: TextCursorInput, tone: 'bg-success/10 text-success', marker: null },
  ClipboardPasted: { label: 'Paste', icon: ClipboardPaste, tone: 'bg-warning/10 text-warning', marker: 'fill-warning' },
  SessionLock: { label: 'Lock', icon: Lock, tone: 'bg-destructive/10 text-destructive', marker: 'fill-destructive' },
  SessionUnlock: { label: 'Unlock', icon: LockOpen, tone: 'bg-success/10 text-success', marker: 'fill-success' },
  SessionResumed: { label: 'Resume', icon: PlayCircle, tone: 'bg-success/10 text-success', marker: 'fill-success' },
}

const UNKNOWN: StepKind = { label: 'Other', icon: CircleHelp, tone: 'bg-muted text-muted-foreground', marker: null }

export function stepKind(type: string): StepKind {
  return KINDS[type] ?? UNKNOWN
}

/** What happened, in a few words: the row's first line (rendered as text, never as markup). */
export function stepSummary(step: SwsStepView): string {
  const element = [step.elementTag?.toLowerCase(), step.elementText ? `“${step.elementText}”` : null].filter(Boolean).join(' ')
  switch (step.type) {
    case 'NavigatedTo':
      return `Opened ${step.windowTitle || step.url || 'a page'}`
    case 'MouseClick':
      return `Clicked ${element || 'the page'}`
    case 'KeyPress':
      return `Pressed ${step.pressedKey ?? 'a key'}${step.elementTag ? ` in ${step.elementTag.toLowerCase()}` : ''}`
    case 'ValueChange':
      return `Changed ${step.elementTag?.toLowerCase() ?? 'a field'}`
    case 'ClipboardPasted':
      return `Pasted into ${step.elementTag?.toLowerCase() ?? 'the page'}`
    case 'SessionLock':
      return 'Session locked'
    case 'SessionUnlock':
      return 'Session unlocked'
    case 'SessionResumed':
      return 'Session resumed'
    default:
      return step.type
  }
}
