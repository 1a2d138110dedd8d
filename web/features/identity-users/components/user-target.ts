/** The user an action is about, as the dialogs name them. */
export interface UserTarget {
  id: string
  username: string
  displayName: string
  email?: string | null
  locked?: boolean
  enabled?: boolean
}
