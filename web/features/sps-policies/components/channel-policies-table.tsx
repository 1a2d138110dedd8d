import type { SpsChannelPolicy, SpsObjectRef } from '@contract/sps-policies'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { BuiltInBadge } from './built-in-badge'
import { PolicyNameButton } from './policy-name-button'
import { ValueList } from './value-list'

const unique = (values: readonly string[]) => [...new Set(values)]

export const refLabel = (ref: SpsObjectRef) => ref.name ?? ref.key

/** Restrictions of any rule, in words: who and where a policy's channels are limited to. */
function restrictions(policy: SpsChannelPolicy): string[] {
  const words: string[] = []
  const add = (label: string, values: string[]) => values.length && words.push(`${label}: ${unique(values).join(', ')}`)
  add('clients', policy.rules.flatMap((rule) => rule.clients))
  add('servers', policy.rules.flatMap((rule) => rule.servers))
  add('gateway groups', policy.rules.flatMap((rule) => rule.gatewayGroups))
  add('remote groups', policy.rules.flatMap((rule) => rule.remoteGroups))
  return words
}

/** Channel policies of one protocol: channels, time policies and restrictions at a glance. */
export function ChannelPoliciesTable({ policies, label, onOpen }: { policies: readonly SpsChannelPolicy[]; label: string; onOpen: (key: string) => void }) {
  return (
    <div className="rounded-lg border">
      <Table aria-label={label}>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Name</TableHead>
            <TableHead>Channels</TableHead>
            <TableHead>Time policy</TableHead>
            <TableHead>Restricted to</TableHead>
            <TableHead>Audited</TableHead>
            <TableHead>Key</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {policies.map((policy) => {
            const audited = policy.rules.filter((rule) => rule.audit).length
            const limits = restrictions(policy)
            return (
              <TableRow key={policy.key} data-testid={`channel-policy-${policy.key}`}>
                <TableCell>
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <PolicyNameButton name={policy.name} onClick={() => onOpen(policy.key)} />
                    {policy.builtIn && <BuiltInBadge />}
                  </div>
                </TableCell>
                <TableCell className="max-w-80 whitespace-normal">
                  <ValueList values={unique(policy.rules.map((rule) => rule.channel))} empty="None" />
                </TableCell>
                <TableCell className="whitespace-normal">
                  {unique(policy.rules.flatMap((rule) => (rule.timePolicy ? [refLabel(rule.timePolicy)] : []))).join(', ') || (
                    <span className="text-muted-foreground">—</span>
                  )}
                </TableCell>
                <TableCell className="max-w-72 text-sm whitespace-normal">
                  {limits.length ? limits.join('; ') : <span className="text-muted-foreground">No restriction</span>}
                </TableCell>
                <TableCell className="tabular-nums">
                  {audited === policy.rules.length ? 'All channels' : `${audited} of ${policy.rules.length}`}
                </TableCell>
                <TableCell className="text-muted-foreground font-mono text-xs">{policy.key}</TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </div>
  )
}
