import { ApiRequestError } from './api-client'

/**
 * Sensitive actions may be refused with `reauth_required`; the shell's re-authentication dialog
 * then asks for the password or a code, and the action is tried once more.
 */
type Pending = { resolve: (confirmed: boolean) => void }

let pending: Pending | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

export const reauthStore = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  isOpen: () => pending !== null,
  settle(confirmed: boolean) {
    pending?.resolve(confirmed)
    pending = null
    notify()
  },
}

function requestReauth(): Promise<boolean> {
  pending?.resolve(false)
  return new Promise((resolve) => {
    pending = { resolve }
    notify()
  })
}

export class ReauthCancelledError extends Error {
  constructor() {
    super('The action was cancelled because you did not confirm it was you.')
    this.name = 'ReauthCancelledError'
  }
}

/** Runs a sensitive call; if the BFF wants fresh proof of identity, asks for it and retries once. */
export async function withReauth<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (!(error instanceof ApiRequestError && error.code === 'reauth_required')) throw error
    if (!(await requestReauth())) throw new ReauthCancelledError()
    return call()
  }
}
