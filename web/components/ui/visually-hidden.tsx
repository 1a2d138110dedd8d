import * as React from 'react'
import { VisuallyHidden as VisuallyHiddenPrimitive } from 'radix-ui'

/** Content for screen readers only. Prefer Tailwind's `sr-only` class on plain elements. */
function VisuallyHidden({ ...props }: React.ComponentProps<typeof VisuallyHiddenPrimitive.Root>) {
  return <VisuallyHiddenPrimitive.Root data-slot="visually-hidden" {...props} />
}

export { VisuallyHidden }
