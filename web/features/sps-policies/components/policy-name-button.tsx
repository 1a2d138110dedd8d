import { Button } from '@/components/ui/button'

/** A policy's name as the way into its detail (a button, so it works from the keyboard). */
export function PolicyNameButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <Button variant="link" className="h-auto min-w-0 shrink p-0 text-left font-medium whitespace-normal wrap-break-word" onClick={onClick}>
      {name}
    </Button>
  )
}
