import { type ClassValue, clsx } from 'clsx'
import { getNonce, setNonce } from 'get-nonce'

/*
 * tailwind-merge is 8 KB gzip, and the sign-in page has a budget (DESIGN.md: ≤ 150 KB of JS
 * before it is usable) but no need for it: it and the status pages override no component class
 * (the one overlap, FieldLabel's leading-snug over Label's leading-none, resolves the same way by
 * stylesheet order). So it loads after the first render (main.tsx), and the signed-in layout waits
 * for it (routes/_authed.tsx) before any screen that relies on overrides renders; until then cn()
 * only joins. An override added to the sign-in page or a status page must not conflict.
 */
let merge: (classes: string) => string = (classes) => classes
let pendingMerge: Promise<void> | undefined

/** Loads tailwind-merge once; cn() merges from then on. A failed load is retried on the next call. */
export function loadClassMerge(): Promise<void> {
  pendingMerge ??= import('tailwind-merge').then(
    (module) => {
      merge = module.twMerge
    },
    (error: unknown) => {
      pendingMerge = undefined
      throw error
    },
  )
  return pendingMerge
}

/** Joins class names and (once loadClassMerge is done) lets later Tailwind utilities override conflicting earlier ones. */
export function cn(...inputs: ClassValue[]): string {
  return merge(clsx(inputs))
}

/**
 * The per-response CSP nonce, from the `<meta property="csp-nonce">` Vite emits (html.cspNonce)
 * and the server fills in. Browsers hide the nonce attribute from getAttribute, so read the property.
 */
export function cspNonce(): string | undefined {
  const registered = getNonce()
  if (registered) return registered
  if (typeof document === 'undefined') return undefined
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined
}

/**
 * Radix's scroll lock (react-remove-scroll, used by modal dialogs, sheets, menus, selects) injects a
 * <style> element through get-nonce. Registering the page nonce there keeps it within the CSP.
 * Idempotent; the overlay components call it when they load.
 */
export function registerCspNonce(): void {
  if (getNonce()) return
  const nonce = cspNonce()
  if (nonce) setNonce(nonce)
}
