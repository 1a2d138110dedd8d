import type { Vendor } from '@contract/connections'
import { useMutation } from '@tanstack/react-query'
import { CircleCheck, CircleX, PlugZap } from 'lucide-react'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { testConnection } from '../api/connection-queries'

/** Authenticates and reads once with the stored settings; shows the latency or the vendor's refusal. */
export function TestConnectionButton({ tenantId, vendor }: { tenantId: string; vendor: Vendor }) {
  const mutation = useMutation({ mutationFn: () => testConnection(tenantId, vendor) })
  const result = mutation.data
  return (
    <div className="w-full space-y-3">
      <Button type="button" variant="secondary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        {mutation.isPending ? <Spinner aria-label="Testing the connection" /> : <PlugZap aria-hidden />}
        Test connection
      </Button>
      {result?.ok === true && (
        <Alert variant="success">
          <CircleCheck aria-hidden />
          <AlertTitle>Connected in {result.latencyMs} ms</AlertTitle>
          <AlertDescription>{result.detail}</AlertDescription>
        </Alert>
      )}
      {result?.ok === false && (
        <Alert variant="destructive">
          <CircleX aria-hidden />
          <AlertTitle>The connection failed</AlertTitle>
          <AlertDescription>{result.message}</AlertDescription>
        </Alert>
      )}
      {mutation.error && (
        <Alert variant="destructive">
          <AlertDescription>{mutation.error.message}</AlertDescription>
        </Alert>
      )}
    </div>
  )
}
