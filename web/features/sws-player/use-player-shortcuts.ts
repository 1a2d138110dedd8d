import { useEffect, useLayoutEffect, useRef } from 'react'

export interface PlayerShortcutHandlers {
  togglePlay: () => void
  next: () => void
  previous: () => void
  first: () => void
  last: () => void
  slower: () => void
  faster: () => void
  focusSearch: () => void
  nextMatch: () => void
  previousMatch: () => void
  help: () => void
}

/** Typing in a field, or working in a dialog or menu, is never taken over by a shortcut. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target.closest('[role="dialog"],[role="alertdialog"],[role="menu"],[role="listbox"][data-radix-select-viewport],[data-radix-popper-content-wrapper]')) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag === 'INPUT') return (target as HTMLInputElement).type !== 'checkbox'
  return false
}

/** The player's keys (space, ←/→, j/k, Home/End, [ ], /, n/N, ?), listened for on the whole page. */
export function usePlayerShortcuts(handlers: PlayerShortcutHandlers): void {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target)) return
      const h = latest.current
      const actions: Record<string, () => void> = {
        ' ': h.togglePlay,
        ArrowRight: h.next,
        j: h.next,
        ArrowLeft: h.previous,
        k: h.previous,
        Home: h.first,
        End: h.last,
        '[': h.slower,
        ']': h.faster,
        '/': h.focusSearch,
        n: h.nextMatch,
        N: h.previousMatch,
        '?': h.help,
      }
      const action = actions[event.key]
      if (!action) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
