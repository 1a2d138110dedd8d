import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Kbd } from '@/components/ui/kbd'

const SHORTCUTS: Array<[keys: string[], what: string]> = [
  [['Space'], 'Play or pause'],
  [['→', 'j'], 'Next step'],
  [['←', 'k'], 'Previous step'],
  [['Home'], 'First step'],
  [['End'], 'Last step'],
  [['['], 'Slower'],
  [[']'], 'Faster'],
  [['/'], 'Search the steps'],
  [['n'], 'Next search match'],
  [['Shift', 'n'], 'Previous search match'],
  [['?'], 'This help'],
]

export function ShortcutsHelpDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>Keyboard shortcuts</DialogTitle>
          <DialogDescription>They work anywhere in the player except while typing in a field.</DialogDescription>
        </DialogHeader>
        <dl className="grid grid-cols-[auto_1fr] items-center gap-x-6 gap-y-2 text-sm">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={what} className="contents">
              <dt className="flex gap-1">
                {keys.map((key, i) => (
                  <span key={key} className="flex items-center gap-1">
                    {i > 0 && <span className="text-muted-foreground text-xs">{keys[0] === 'Shift' ? '+' : 'or'}</span>}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </DialogContent>
    </Dialog>
  )
}
