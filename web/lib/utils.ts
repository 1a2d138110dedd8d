import { type ClassValue, clsx } from 'clsx'
import { getNonce, setNonce } from 'get-nonce'
import { twMerge } from 'tailwind-merge'

/** Joins class names and lets later Tailwind utilities override conflicting earlier ones. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs))
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
