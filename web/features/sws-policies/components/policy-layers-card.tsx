import type { SwsPolicyDetail } from '@contract/sws-policies'
import { Pencil } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { SecurityLayerList } from './security-layer-list'

/** Default security layers (what members without their own get) and the EPM status. */
export function PolicyLayersCard(props: { detail: SwsPolicyDetail; onEdit?: () => void }) {
  const { detail } = props
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Default security layers</h2>
        </CardTitle>
        <CardDescription>Applied to sessions of this application unless a member has layers of its own.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div data-testid="default-security-layers">
            <SecurityLayerList layers={detail.defaultSecurityLayers} />
          </div>
          {props.onEdit && (
            <Button variant="outline" size="sm" onClick={props.onEdit}>
              <Pencil aria-hidden />
              Edit layers
            </Button>
          )}
        </div>
        <dl className="space-y-2 border-t pt-4 text-sm">
          <div className="flex items-center justify-between gap-3">
            <dt>Endpoint Privilege Manager (EPM)</dt>
            <dd>
              {detail.epmActive === null ? (
                <span className="text-muted-foreground">Not reported</span>
              ) : (
                <Badge variant={detail.epmActive ? 'success' : 'secondary'}>{detail.epmActive ? 'Active' : 'Not active'}</Badge>
              )}
            </dd>
          </div>
          <div className="flex items-center justify-between gap-3">
            <dt>EPM enforced by this policy</dt>
            <dd>
              <Badge variant={detail.configuration.enforceEPM ? 'success' : 'secondary'}>{detail.configuration.enforceEPM ? 'On' : 'Off'}</Badge>
            </dd>
          </div>
        </dl>
      </CardContent>
    </Card>
  )
}
