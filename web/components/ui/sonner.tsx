import * as React from 'react'
import { CircleCheckIcon, InfoIcon, Loader2Icon, OctagonXIcon, TriangleAlertIcon } from 'lucide-react'
import { Toaster as Sonner, type ToasterProps } from 'sonner'

/**
 * App-wide toast outlet. The app owns theme state and passes it in. Colours come from our CSS
 * variables via overrides in styles.css (sonner's own CSS is unlayered, so Tailwind classes
 * can't restyle it).
 */
function Toaster({
  theme = 'system',
  ...props
}: Omit<ToasterProps, 'theme'> & { theme?: 'light' | 'dark' | 'system' } & React.RefAttributes<HTMLElement>) {
  return (
    <Sonner
      theme={theme}
      className="toaster group"
      richColors
      closeButton
      icons={{
        success: <CircleCheckIcon className="size-4" aria-hidden="true" />,
        info: <InfoIcon className="size-4" aria-hidden="true" />,
        warning: <TriangleAlertIcon className="size-4" aria-hidden="true" />,
        error: <OctagonXIcon className="size-4" aria-hidden="true" />,
        loading: <Loader2Icon className="size-4 animate-spin" aria-hidden="true" />,
      }}
      {...props}
    />
  )
}

export { Toaster }
