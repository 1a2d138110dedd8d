import { Construction } from 'lucide-react'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { AREAS, screenById, type ScreenId } from '@/lib/navigation'
import { PageHeader } from './page-header'

/** A screen that is planned but not built: it says so plainly and shows nothing that pretends to work. */
export function ComingSoon({ screen: id }: { screen: ScreenId }) {
  const screen = screenById(id)
  const area = AREAS.find((candidate) => candidate.id === screen.area)
  return (
    <>
      <PageHeader area={area?.label} title={screen.label} description={screen.summary} />
      <Alert variant="info" className="max-w-3xl">
        <Construction aria-hidden />
        <AlertTitle>Coming soon</AlertTitle>
        <AlertDescription>
          This screen is not built yet. Nothing here reads from or changes {area?.tenantScoped ? 'the vendor' : 'the console'} until it is.
        </AlertDescription>
      </Alert>
    </>
  )
}
