import type { SpsChannelRule } from '@contract/sps-policies'
import { Check, Minus } from 'lucide-react'
import type { ReactNode } from 'react'
import { refLabel } from './channel-policies-table'
import { ValueList } from './value-list'

/** A channel policy's rules: which channel, when, for whom, and what SPS does with it. */
export function ChannelRules({ rules }: { rules: readonly SpsChannelRule[] }) {
  if (rules.length === 0) return <p className="text-muted-foreground text-sm">This policy has no rules: it allows no channel.</p>
  return (
    <section aria-labelledby="channel-rules" className="flex flex-col gap-3">
      <h3 id="channel-rules" className="text-sm font-semibold">
        Rules ({rules.length})
      </h3>
      <ol className="flex flex-col gap-3">
        {rules.map((rule, index) => (
          <li key={`${index}-${rule.channel}`} className="bg-card rounded-lg border p-3">
            <p className="font-mono text-sm font-medium break-all">{rule.channel || '(no channel)'}</p>
            <dl className="mt-2 grid grid-cols-[8.5rem_1fr] gap-x-3 gap-y-1.5 text-sm">
              <Fact label="Time policy">{rule.timePolicy ? refLabel(rule.timePolicy) : <span className="text-muted-foreground">None</span>}</Fact>
              <Fact label="Clients">
                <ValueList values={rule.clients} />
              </Fact>
              <Fact label="Servers">
                <ValueList values={rule.servers} />
              </Fact>
              <Fact label="Gateway groups">
                <ValueList values={rule.gatewayGroups} />
              </Fact>
              <Fact label="Remote groups">
                <ValueList values={rule.remoteGroups} />
              </Fact>
              <Fact label="Actions">
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  <Flag on={rule.audit} label="Audit" />
                  <Flag on={rule.fourEyes} label="Four-eyes" />
                  <Flag on={rule.ids} label="IDS" />
                </ul>
              </Fact>
              {rule.contentPolicy && (
                <Fact label="Content policy">
                  <code className="font-mono text-xs">{refLabel(rule.contentPolicy)}</code>
                </Fact>
              )}
            </dl>
          </li>
        ))}
      </ol>
    </section>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  )
}

function Flag({ on, label }: { on: boolean; label: string }) {
  return (
    <li className={on ? 'flex items-center gap-1' : 'text-muted-foreground flex items-center gap-1'}>
      {on ? <Check className="size-4" aria-hidden /> : <Minus className="size-4" aria-hidden />}
      {label}
      <span className="sr-only">{on ? ' on' : ' off'}</span>
    </li>
  )
}
