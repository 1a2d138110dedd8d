import { SWS_CONFIG_FLAGS, SWS_CONFIG_LABELS, type SwsPolicyDetail } from '@contract/sws-policies'
import { Pencil } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'

function UrlList({ urls }: { urls: string[] }) {
  if (urls.length === 0) return <p className="text-muted-foreground text-sm">None</p>
  return (
    <ul className="space-y-1">
      {urls.map((url, index) => (
        <li key={`${index}-${url}`} className="bg-muted rounded px-2 py-1 font-mono text-xs break-all">
          {url}
        </li>
      ))}
    </ul>
  )
}

/** Every configuration field as SWS holds it; admins get an Edit button. */
export function PolicyConfigurationCard(props: { detail: SwsPolicyDetail; onEdit?: () => void }) {
  const { configuration } = props.detail
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Application configuration</h2>
        </CardTitle>
        <CardDescription>
          {SWS_CONFIG_LABELS.appProtectionMode}: {configuration.appProtectionMode ?? 'not reported'}
        </CardDescription>
        {props.onEdit && (
          <CardAction>
            <Button variant="outline" size="sm" onClick={props.onEdit}>
              <Pencil aria-hidden />
              Edit configuration
            </Button>
          </CardAction>
        )}
      </CardHeader>
      <CardContent className="space-y-5">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {SWS_CONFIG_FLAGS.map((key) => (
            <div key={key} className="flex items-center justify-between gap-3 border-b py-1.5 last:border-b-0 sm:[&:nth-last-child(2)]:border-b-0">
              <dt className="text-sm">{SWS_CONFIG_LABELS[key]}</dt>
              <dd>
                <Badge variant={configuration[key] ? 'success' : 'secondary'}>{configuration[key] ? 'On' : 'Off'}</Badge>
              </dd>
            </div>
          ))}
        </dl>
        <div className="grid gap-5 sm:grid-cols-2">
          <section aria-labelledby="config-include-heading" className="space-y-2">
            <h3 id="config-include-heading" className="text-sm font-medium">
              {SWS_CONFIG_LABELS.manualModeURLIncludeList}
            </h3>
            <UrlList urls={configuration.manualModeURLIncludeList} />
          </section>
          <section aria-labelledby="config-exclude-heading" className="space-y-2">
            <h3 id="config-exclude-heading" className="text-sm font-medium">
              {SWS_CONFIG_LABELS.excludedURLs}
            </h3>
            <UrlList urls={configuration.excludedURLs} />
          </section>
        </div>
      </CardContent>
    </Card>
  )
}
