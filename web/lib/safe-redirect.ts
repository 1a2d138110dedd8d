/** Only same-origin paths may be redirected to after sign-in; anything else goes to the start page. */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/'
  if (target.startsWith('/sign-in')) return '/'
  return target
}
