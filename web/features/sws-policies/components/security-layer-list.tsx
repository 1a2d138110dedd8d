import { Badge } from '@/components/ui/badge'
import { layerLabel, orderedLayers } from '../policy-changes'

/** Security layers as badges in the documented order; a layer the console does not know shows its vendor name. */
export function SecurityLayerList({ layers }: { layers: readonly string[] }) {
  if (layers.length === 0) return <span className="text-muted-foreground text-sm">None</span>
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Security layers">
      {orderedLayers(layers).map((layer) => (
        <li key={layer}>
          <Badge variant="outline">{layerLabel(layer)}</Badge>
        </li>
      ))}
    </ul>
  )
}
