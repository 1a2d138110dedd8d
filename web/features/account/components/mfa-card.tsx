import type { SessionInfo } from '@contract/auth'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ShieldAlert, ShieldCheck } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { withReauth } from '@/lib/reauth'
import { SESSION_QUERY_KEY, turnOffMfa } from '@/lib/session'
import { MfaEnrolment } from './mfa-enrolment'
import { RecoveryCodesPanel } from './recovery-codes-panel'

type Stage = { kind: 'idle' } | { kind: 'enrolling' } | { kind: 'codes'; codes: string[] }

export function MfaCard({ session }: { session: SessionInfo }) {
  const queryClient = useQueryClient()
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const refreshSession = () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY })
  const mustKeep = !session.demo && session.operator.grants.some((grant) => grant.role === 'admin')
  const turnOff = useMutation({
    mutationFn: () => withReauth(turnOffMfa),
    onSuccess: async () => {
      await refreshSession()
      toast.success('Two-factor authentication is off.')
    },
    onError: (error) => toast.error(error.message),
  })

  return (
    <Card className="max-w-4xl">
      <CardHeader>
        <CardTitle>
          <h2>Two-factor authentication</h2>
        </CardTitle>
        <CardDescription>A code from an authenticator app, asked for at sign-in and before sensitive actions.</CardDescription>
        <CardAction>
          {session.mfaEnabled ? (
            <Badge variant="success">
              <ShieldCheck aria-hidden /> On
            </Badge>
          ) : (
            <Badge variant="outline">
              <ShieldAlert aria-hidden /> Off
            </Badge>
          )}
        </CardAction>
      </CardHeader>
      <CardContent className="space-y-4">
        {session.mfaEnrolmentRequired && stage.kind === 'idle' && (
          <Alert variant="warning">
            <AlertTitle>Set this up to continue</AlertTitle>
            <AlertDescription>Admins must use two-factor authentication. The console opens once it is on.</AlertDescription>
          </Alert>
        )}
        {stage.kind === 'enrolling' && <MfaEnrolment onConfirmed={(codes) => setStage({ kind: 'codes', codes })} onCancel={() => setStage({ kind: 'idle' })} />}
        {stage.kind === 'codes' && (
          <RecoveryCodesPanel
            codes={stage.codes}
            onDone={() => {
              setStage({ kind: 'idle' })
              void refreshSession()
              toast.success('Two-factor authentication is on.')
            }}
          />
        )}
        {stage.kind === 'idle' &&
          (session.mfaEnabled ? (
            <div className="flex flex-wrap items-center gap-3">
              <Button variant="outline" disabled={mustKeep || turnOff.isPending} onClick={() => turnOff.mutate()}>
                Turn off
              </Button>
              {mustKeep && <p className="text-muted-foreground text-sm">Admins must keep it on.</p>}
            </div>
          ) : (
            <Button onClick={() => setStage({ kind: 'enrolling' })}>Set up two-factor authentication</Button>
          ))}
      </CardContent>
    </Card>
  )
}
