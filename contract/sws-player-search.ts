// The player's step types.
// Zod-free: routes check their URL against these in the entry chunk, which loads before
// sign-in (DESIGN.md budget); sws-player.ts builds its schemas from them and re-exports them.

/** Step types: the documented five plus the lock/resume types the steps filter names. */
export const SWS_STEP_TYPES = [
  'NavigatedTo',
  'MouseClick',
  'KeyPress',
  'ValueChange',
  'ClipboardPasted',
  'SessionLock',
  'SessionUnlock',
  'SessionResumed',
] as const
export type SwsStepType = (typeof SWS_STEP_TYPES)[number]
