import * as React from 'react'
import { Popover as PopoverPrimitive } from 'radix-ui'

import { cn, registerCspNonce } from '@/lib/utils'

registerCspNonce()

/** Lets a PopoverTitle tell its PopoverContent which id to use for aria-labelledby. */
type TitleRegistry = { defaultId: string; register: (id: string) => () => void }

const PopoverTitleContext = React.createContext<TitleRegistry | null>(null)

function Popover({ ...props }: React.ComponentProps<typeof PopoverPrimitive.Root>) {
  return <PopoverPrimitive.Root data-slot="popover" {...props} />
}

function PopoverTrigger({ ...props }: React.ComponentProps<typeof PopoverPrimitive.Trigger>) {
  return <PopoverPrimitive.Trigger data-slot="popover-trigger" {...props} />
}

function PopoverAnchor({ ...props }: React.ComponentProps<typeof PopoverPrimitive.Anchor>) {
  return <PopoverPrimitive.Anchor data-slot="popover-anchor" {...props} />
}

function PopoverClose({ ...props }: React.ComponentProps<typeof PopoverPrimitive.Close>) {
  return <PopoverPrimitive.Close data-slot="popover-close" {...props} />
}

/**
 * Radix gives popover content role="dialog", which needs an accessible name: render a
 * PopoverTitle inside (wired up automatically) or pass `aria-label` / `aria-labelledby`.
 */
function PopoverContent({
  className,
  align = 'center',
  sideOffset = 4,
  children,
  ...props
}: React.ComponentProps<typeof PopoverPrimitive.Content>) {
  const defaultId = React.useId()
  const [titleId, setTitleId] = React.useState<string>()
  const registry = React.useMemo<TitleRegistry>(
    () => ({
      defaultId,
      register: (id) => {
        setTitleId(id)
        return () => setTitleId((current) => (current === id ? undefined : current))
      },
    }),
    [defaultId],
  )
  const labelledBy = props['aria-label'] === undefined ? titleId : undefined

  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        data-slot="popover-content"
        align={align}
        sideOffset={sideOffset}
        aria-labelledby={labelledBy}
        className={cn(
          'z-50 w-72 origin-(--radix-popover-content-transform-origin) rounded-md border bg-popover p-4 text-popover-foreground shadow-md outline-none',
          'data-[state=closed]:animate-zoom-out data-[state=open]:animate-zoom-in',
          className,
        )}
        {...props}
      >
        <PopoverTitleContext value={registry}>{children}</PopoverTitleContext>
      </PopoverPrimitive.Content>
    </PopoverPrimitive.Portal>
  )
}

function PopoverHeader({ className, ...props }: React.ComponentProps<'div'>) {
  return <div data-slot="popover-header" className={cn('mb-3 flex flex-col gap-1', className)} {...props} />
}

function PopoverTitle({ className, id, ...props }: React.ComponentProps<'h2'>) {
  const registry = React.useContext(PopoverTitleContext)
  const titleId = id ?? registry?.defaultId
  const register = registry?.register

  React.useLayoutEffect(() => {
    if (register && titleId) return register(titleId)
  }, [register, titleId])

  return (
    <h2
      data-slot="popover-title"
      id={titleId}
      className={cn('text-sm leading-none font-semibold', className)}
      {...props}
    />
  )
}

function PopoverDescription({ className, ...props }: React.ComponentProps<'p'>) {
  return <p data-slot="popover-description" className={cn('text-sm text-muted-foreground', className)} {...props} />
}

export {
  Popover,
  PopoverAnchor,
  PopoverClose,
  PopoverContent,
  PopoverDescription,
  PopoverHeader,
  PopoverTitle,
  PopoverTrigger,
}
