import type { AttributeColumn } from '@contract/identity-schema'
import { MoreHorizontal } from 'lucide-react'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { DeleteAttributeDialog } from './delete-attribute-dialog'
import { EditAttributeDialog } from './edit-attribute-dialog'

export function AttributeRowActions({ tenant, column }: { tenant: string; column: AttributeColumn }) {
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null)
  const close = () => setOpen(null)
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for attribute ${column.name}`}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => setOpen('edit')}>Edit…</DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => setOpen('delete')}>
            Delete…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {open === 'edit' && <EditAttributeDialog tenant={tenant} column={column} onClose={close} />}
      {open === 'delete' && <DeleteAttributeDialog tenant={tenant} column={column} onClose={close} />}
    </>
  )
}
