import type { IdentityUserSummary } from '@contract/identity-users'
import { useQuery } from '@tanstack/react-query'
import { X } from 'lucide-react'
import { useState } from 'react'
import { Badge } from '@/components/ui/badge'
import { Command, CommandGroup, CommandInput, CommandItem, CommandList } from '@/components/ui/command'
import { Spinner } from '@/components/ui/spinner'
import { useDebouncedCallback } from '@/lib/use-debounced-callback'
import { directorySearchQueryOptions } from '../api/organization-queries'

export type PickedUser = Pick<IdentityUserSummary, 'id' | 'username' | 'displayName' | 'email'>

/** Searches the directory as the operator types (login, name or e-mail) and collects the users picked. */
export function UserPicker(props: { tenant: string; picked: PickedUser[]; onChange: (picked: PickedUser[]) => void; exclude?: ReadonlySet<string>; label: string }) {
  const [text, setText] = useState('')
  const [query, setQuery] = useState('')
  const commit = useDebouncedCallback((value: string) => setQuery(value.trim()), 300)
  const results = useQuery(directorySearchQueryOptions(props.tenant, query))
  const pickedIds = new Set(props.picked.map((user) => user.id))
  const offered = (results.data?.items ?? []).filter((user) => !pickedIds.has(user.id) && !props.exclude?.has(user.id))

  return (
    <div className="space-y-2">
      {props.picked.length > 0 && (
        <ul aria-label="Picked users" className="flex flex-wrap gap-1.5">
          {props.picked.map((user) => (
            <li key={user.id}>
              <Badge variant="secondary" className="gap-1 pr-1">
                {user.displayName || user.username}
                <button
                  type="button"
                  className="hover:bg-accent rounded-sm p-0.5"
                  aria-label={`Remove ${user.username} from the picked users`}
                  onClick={() => props.onChange(props.picked.filter((other) => other.id !== user.id))}
                >
                  <X aria-hidden />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <Command shouldFilter={false} label={props.label} className="rounded-lg border">
        <CommandInput
          value={text}
          onValueChange={(value) => {
            setText(value)
            commit.run(value)
          }}
          placeholder="Search login, name or e-mail (2+ characters)"
          aria-label={props.label}
        />
        {/* Always present (the input names it in aria-controls), hidden while it holds no option. */}
        <CommandList className={offered.length > 0 ? 'max-h-56' : 'hidden'}>
          {offered.length > 0 && (
            <CommandGroup heading="Directory">
              {offered.map((user) => (
                <CommandItem
                  key={user.id}
                  value={user.id}
                  onSelect={() => {
                    props.onChange([...props.picked, { id: user.id, username: user.username, displayName: user.displayName, email: user.email }])
                    setText('')
                    setQuery('')
                  }}
                >
                  <span className="flex min-w-0 flex-col">
                    <span className="truncate font-medium">{user.displayName || user.username}</span>
                    <span className="text-muted-foreground truncate text-xs">
                      {user.username}
                      {user.email ? ` · ${user.email}` : ''}
                    </span>
                  </span>
                </CommandItem>
              ))}
            </CommandGroup>
          )}
        </CommandList>
        {query.length >= 2 && results.isFetching && (
          <p className="text-muted-foreground flex items-center gap-2 p-3 text-sm" role="status">
            <Spinner aria-hidden /> Searching…
          </p>
        )}
        {results.error && <p className="text-destructive p-3 text-sm">{results.error.message}</p>}
        {query.length >= 2 && !results.isFetching && !results.error && offered.length === 0 && (
          <p className="text-muted-foreground p-3 text-sm">No user to add matches “{query}”.</p>
        )}
      </Command>
    </div>
  )
}
