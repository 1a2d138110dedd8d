import { type OperatorActionRequest, operatorActionRequestSchema, type OperatorSummary } from '@contract/operators'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { Copy } from 'lucide-react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { useFormMutation } from '@/lib/use-form-mutation'
import { OPERATORS_LIST_KEY, type OperatorAction, runOperatorAction } from '../api/operator-queries'
import { DialogFormFooter } from '@/components/dialog-form-footer'

const COPY: Record<OperatorAction, { title: string; body: (username: string) => string; confirm: string; done: (username: string) => string; destructive: boolean }> = {
  disable: {
    title: 'Disable operator',
    body: (u) => `${u} is signed out everywhere and cannot sign in until enabled again.`,
    confirm: 'Disable',
    done: (u) => `${u} is disabled and signed out.`,
    destructive: true,
  },
  enable: { title: 'Enable operator', body: (u) => `${u} can sign in again with their password.`, confirm: 'Enable', done: (u) => `${u} is enabled.`, destructive: false },
  'reset-password': {
    title: 'Reset password',
    body: (u) => `${u} gets a new temporary password and is signed out everywhere. You will see the password once.`,
    confirm: 'Reset password',
    done: (u) => `${u}'s password was reset.`,
    destructive: true,
  },
  'reset-mfa': {
    title: 'Reset two-factor authentication',
    body: (u) => `${u}'s authenticator and recovery codes stop working, and they are signed out. Admins must set it up again at their next sign-in.`,
    confirm: 'Reset MFA',
    done: (u) => `${u}'s two-factor authentication was reset.`,
    destructive: true,
  },
}

export function OperatorActionDialog(props: { operator: OperatorSummary; action: OperatorAction; onClose: () => void }) {
  const copy = COPY[props.action]
  const queryClient = useQueryClient()
  const [temporaryPassword, setTemporaryPassword] = useState<string>()
  const form = useForm<OperatorActionRequest>({ resolver: zodResolver(operatorActionRequestSchema), defaultValues: { reason: '' } })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['reason'],
    mutationFn: (values: OperatorActionRequest) => runOperatorAction(props.action, props.operator.id, values),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: OPERATORS_LIST_KEY })
      toast.success(copy.done(props.operator.username))
      if (result.temporaryPassword) setTemporaryPassword(result.temporaryPassword)
      else props.onClose()
    },
  })

  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>
            {copy.title}: {props.operator.username}
          </DialogTitle>
          <DialogDescription>{copy.body(props.operator.username)}</DialogDescription>
        </DialogHeader>
        {temporaryPassword ? (
          <div className="space-y-4">
            <Alert variant="warning">
              <AlertDescription>Shown only now. Pass it to {props.operator.username} privately.</AlertDescription>
            </Alert>
            <div className="flex gap-2">
              <code aria-label="Temporary password" className="bg-muted flex-1 rounded-md px-3 py-2 font-mono text-sm break-all">
                {temporaryPassword}
              </code>
              <Button
                variant="outline"
                size="icon"
                aria-label="Copy the temporary password"
                onClick={() => void navigator.clipboard.writeText(temporaryPassword).then(() => toast.success('Copied.'), () => toast.error('Copying was blocked.'))}
              >
                <Copy aria-hidden />
              </Button>
            </div>
            <DialogFooter>
              <Button onClick={props.onClose}>Done</Button>
            </DialogFooter>
          </div>
        ) : (
          <form noValidate onSubmit={onSubmit} className="space-y-4">
            <FormErrorAlert message={formError} />
            <ReasonField control={form.control} name="reason" id="operator-action-reason" />
            <DialogFormFooter submitLabel={copy.confirm} onCancel={props.onClose} pending={isPending} destructive={copy.destructive} />
          </form>
        )}
      </DialogContent>
    </Dialog>
  )
}
