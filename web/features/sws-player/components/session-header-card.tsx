import type { SwsSecurityLayerView, SwsSessionHeader } from '@contract/sws-player'
import { Flag, Info } from 'lucide-react'
import type { ReactNode } from 'react'
import { Badge } from '@/components/ui/badge'
import { DateTime } from '@/components/date-time'
import { formatClock } from '../playback-timing'

const LAYER_LABELS: Record<string, string> = {
  SessionProtection: 'Session protection',
  ContinuousAuthentication: 'Continuous authentication',
  StepRecording: 'Step recording',
  SessionControl: 'Session control',
}

function attributeText(name: string, value: string): string {
  // InactivityTimeout is in ms in the vendor's example ("600000").
  if (name === 'InactivityTimeout' && /^\d+$/.test(value)) return `inactivity timeout ${Math.round(Number(value) / 60_000)} min`
  return `${name} ${value}`
}

function LayerBadge({ layer }: { layer: SwsSecurityLayerView }) {
  const extra = layer.attributes.map((attribute) => attributeText(attribute.name, attribute.value)).join(', ')
  return (
    <Badge variant="secondary" className="max-w-full whitespace-normal">
      {LAYER_LABELS[layer.layer] ?? layer.layer}
      {extra && <span className="text-muted-foreground font-normal">({extra})</span>}
    </Badge>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-muted-foreground text-xs font-medium">{label}</dt>
      <dd className="mt-0.5 text-sm break-words">{children}</dd>
    </div>
  )
}

const missing = <span className="text-muted-foreground">Not recorded</span>

/** Who, what, when and how the session was protected; every value is rendered as text. */
export function SessionHeaderCard({ header }: { header: SwsSessionHeader }) {
  return (
    <section aria-label="Session" className="bg-card rounded-lg border p-4">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 md:grid-cols-3 xl:grid-cols-6">
        <Fact label="User">
          {header.user ? (
            <>
              <span className="block truncate font-medium" title={header.user.fullName}>
                {header.user.fullName || header.user.username}
              </span>
              <span className="text-muted-foreground block truncate text-xs" title={header.user.username}>
                {header.user.username}
              </span>
            </>
          ) : (
            missing
          )}
        </Fact>
        <Fact label="Application">
          {header.application ? (
            <span className="line-clamp-2 font-medium" title={header.application.name}>
              {header.application.name}
            </span>
          ) : (
            missing
          )}
        </Fact>
        <Fact label="Start">{header.startedAt ? <DateTime value={header.startedAt} withSeconds /> : missing}</Fact>
        <Fact label="End">{header.endedAt ? <DateTime value={header.endedAt} withSeconds /> : header.source === 'sessions' ? <Badge variant="warning">Still running</Badge> : missing}</Fact>
        <Fact label="Duration">{header.durationMs === null ? missing : <span className="tabular-nums">{formatClock(header.durationMs)}</span>}</Fact>
        <Fact label="Steps">
          <span className="tabular-nums">{header.stepsCount.toLocaleString()}</span>
        </Fact>
      </dl>
      <div className="mt-3 flex flex-wrap items-center gap-1.5 border-t pt-3">
        <span className="text-muted-foreground mr-1 text-xs font-medium">Security layers</span>
        {header.securityLayers === null ? (
          <span className="text-muted-foreground flex items-center gap-1 text-xs">
            <Info aria-hidden className="size-3.5" />
            Not available: this tenant’s gateway serves recordings only, which carry no security layers.
          </span>
        ) : header.securityLayers.length === 0 ? (
          <span className="text-muted-foreground text-xs">None</span>
        ) : (
          header.securityLayers.map((layer) => <LayerBadge key={layer.layer} layer={layer} />)
        )}
        <span className="ml-auto">
          {header.flag ? (
            <Badge variant="destructive" className="max-w-full whitespace-normal">
              <Flag aria-hidden />
              Flagged{header.flag.by ? ` by ${header.flag.by}` : ''}
              {header.flag.at && (
                <>
                  , <DateTime value={header.flag.at} withSeconds />
                </>
              )}
            </Badge>
          ) : (
            <span className="text-muted-foreground text-xs">Not flagged</span>
          )}
        </span>
      </div>
    </section>
  )
}
