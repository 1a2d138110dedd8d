import * as React from 'react'

import { cn } from '@/lib/utils'

/** Purely visual placeholder; pair it with a Spinner or an aria-busy region for assistive tech. */
function Skeleton({ className, ...props }: React.ComponentProps<'div'>) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn('animate-pulse rounded-md bg-muted', className)}
      {...props}
    />
  )
}

export { Skeleton }
