import type { SwsStepView } from '@contract/sws-player'
import { ArrowRight, ClipboardPaste, Info, Lock, LockOpen, MousePointer2, PlayCircle } from 'lucide-react'
import { stepKind, stepSummary } from '../step-kinds'

/** Where the cursor sits in the window, in percent, or null when the step has no position. */
function cursorPercent(step: SwsStepView): { x: number; y: number } | null {
  if (step.cursorX === null || step.cursorY === null || !step.windowWidth || !step.windowHeight) return null
  const clamp = (value: number) => Math.min(100, Math.max(0, value))
  return { x: clamp((step.cursorX / step.windowWidth) * 100), y: clamp((step.cursorY / step.windowHeight) * 100) }
}

function ElementCard({ step }: { step: SwsStepView }) {
  if (!step.elementTag && !step.elementXPath) return null
  return (
    <div className="bg-background/95 max-w-full min-w-0 rounded-md border px-3 py-2 text-xs shadow-sm">
      <div className="flex min-w-0 items-center gap-2">
        <code className="bg-muted rounded px-1 font-mono">{`<${(step.elementTag ?? 'element').toLowerCase()}>`}</code>
        {step.elementText && <span className="truncate font-medium">{step.elementText}</span>}
      </div>
      {step.elementXPath && <div className="text-muted-foreground mt-1 truncate font-mono">{step.elementXPath}</div>}
    </div>
  )
}

/** The middle of the window: what the step did, drawn from its recorded fields. */
function StageEvent({ step }: { step: SwsStepView }) {
  switch (step.type) {
    case 'KeyPress':
      return (
        <div className="flex flex-col items-center gap-3">
          <kbd className="bg-background rounded-lg border-2 border-b-4 px-4 py-2 font-mono text-lg shadow-sm">{step.pressedKey ?? '?'}</kbd>
          <ElementCard step={step} />
        </div>
      )
    case 'ValueChange':
      return (
        <div className="flex w-full max-w-md flex-col items-center gap-3">
          <div className="bg-background/95 flex w-full min-w-0 items-center gap-2 rounded-md border px-3 py-2 text-sm shadow-sm">
            <span className="text-muted-foreground min-w-0 flex-1 truncate line-through">{step.previousValue || '(empty)'}</span>
            <ArrowRight aria-label="changed to" className="size-4 shrink-0" />
            <span className="min-w-0 flex-1 truncate font-medium">{step.value || '(empty)'}</span>
          </div>
          <ElementCard step={step} />
        </div>
      )
    case 'ClipboardPasted':
      return (
        <div className="flex w-full max-w-md flex-col items-center gap-3">
          <div className="bg-warning/10 text-warning flex w-full min-w-0 items-center gap-2 rounded-md border border-current/30 px-3 py-2 text-sm">
            <ClipboardPaste aria-hidden className="size-4 shrink-0" />
            <span className="min-w-0 truncate font-mono">{step.value || '(empty)'}</span>
          </div>
          <ElementCard step={step} />
        </div>
      )
    case 'SessionLock':
    case 'SessionUnlock':
    case 'SessionResumed': {
      const Icon = step.type === 'SessionLock' ? Lock : step.type === 'SessionUnlock' ? LockOpen : PlayCircle
      return (
        <div className="flex flex-col items-center gap-2">
          <Icon aria-hidden className={`size-10 ${step.type === 'SessionLock' ? 'text-destructive' : 'text-success'}`} />
          <span className="font-medium">{stepSummary(step)}</span>
        </div>
      )
    }
    case 'NavigatedTo':
      return <div className="text-muted-foreground text-sm">Page loaded</div>
    default:
      return null
  }
}

/**
 * A schematic of the browser window at this step: its size, URL and title, the cursor and the
 * element acted on. It is rebuilt from the recorded events; SWS records no screen images.
 */
export function StepStage({ step, index, total }: { step: SwsStepView | undefined; index: number; total: number }) {
  const width = step?.windowWidth ?? 1280
  const height = step?.windowHeight ?? 800
  const cursor = step ? cursorPercent(step) : null
  const locked = step?.type === 'SessionLock'
  return (
    <figure className="space-y-2" aria-label="Reconstruction of the step">
      <div className="bg-card overflow-hidden rounded-lg border shadow-sm">
        <div className="bg-muted/60 flex items-center gap-2 border-b px-3 py-1.5">
          <span className="flex gap-1" aria-hidden>
            <span className="bg-muted-foreground/40 size-2.5 rounded-full" />
            <span className="bg-muted-foreground/40 size-2.5 rounded-full" />
            <span className="bg-muted-foreground/40 size-2.5 rounded-full" />
          </span>
          <span className="bg-background min-w-0 max-w-[60%] truncate rounded-t-md border border-b-0 px-2 py-0.5 text-xs" title={step?.windowTitle ?? ''}>
            {step?.windowTitle || 'Untitled window'}
          </span>
          <span className="text-muted-foreground ml-auto shrink-0 text-xs tabular-nums">
            {width} × {height}
            {step?.tabId ? ` · tab ${step.tabId}` : ''}
          </span>
        </div>
        <div className="border-b px-3 py-1.5">
          <div className="bg-muted truncate rounded-md px-2 py-1 font-mono text-xs" title={step?.url ?? ''}>
            {step?.url || 'about:blank'}
          </div>
        </div>
        <div
          className="bg-background relative mx-auto bg-[radial-gradient(var(--border)_1px,transparent_1px)] [background-size:16px_16px]"
          // The window's own proportions, at most 22rem tall, so cursor positions land where they were.
          style={{ aspectRatio: `${width} / ${height}`, width: `min(100%, ${((22 * width) / height).toFixed(2)}rem)` }}
        >
          {step ? (
            <>
              <div className={`absolute inset-0 flex items-center justify-center p-6 ${locked ? 'bg-foreground/10' : ''}`}>
                <StageEvent step={step} />
              </div>
              {cursor && (
                <div className="pointer-events-none absolute" style={{ left: `${cursor.x}%`, top: `${cursor.y}%` }}>
                  <span className="bg-primary/25 absolute -top-4 -left-4 size-8 animate-ping rounded-full" aria-hidden />
                  <MousePointer2 aria-hidden className="fill-primary text-primary-foreground relative size-5 drop-shadow" />
                  <div className={`absolute w-max max-w-56 ${cursor.x > 60 ? 'right-3' : 'left-3'} ${cursor.y > 65 ? 'bottom-6' : 'top-5'}`}>
                    <ElementCard step={step} />
                  </div>
                </div>
              )}
            </>
          ) : (
            <div className="text-muted-foreground absolute inset-0 flex items-center justify-center text-sm">Loading step…</div>
          )}
        </div>
      </div>
      <figcaption className="text-muted-foreground flex items-start gap-1.5 text-xs">
        <Info aria-hidden className="mt-0.5 size-3.5 shrink-0" />
        <span>
          Reconstruction from recorded events, not a screen recording: window size, URL, cursor and element as SWS logged them
          {step ? ` for step ${index + 1} of ${total.toLocaleString()} (${stepKind(step.type).label.toLowerCase()}).` : '.'}
        </span>
      </figcaption>
    </figure>
  )
}
