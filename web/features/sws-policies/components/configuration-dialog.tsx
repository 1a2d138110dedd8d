import {
  SWS_CONFIG_FLAGS,
  SWS_CONFIG_LABELS,
  swsPolicyConfigurationFormSchema,
  type SwsConfigFlag,
  type SwsPolicyConfiguration,
  type SwsPolicyConfigurationForm,
  type SwsPolicyDetail,
} from '@contract/sws-policies'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm, type Path } from 'react-hook-form'
import { toast } from 'sonner'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Field, FieldContent, FieldDescription, FieldLabel, FieldLegend, FieldSet } from '@/components/ui/field'
import { Switch } from '@/components/ui/switch'
import { ApiRequestError } from '@/lib/api-client'
import { swsPoliciesKey, updateSwsPolicyConfiguration } from '../api/sws-policy-queries'
import { configurationChanges } from '../policy-changes'
import { ChangeReview } from './change-review'
import { ReviewStepFooter } from './review-step-footer'
import { UrlListField } from './url-list-field'

const FLAG_HINTS: Record<SwsConfigFlag, string> = {
  clipboardRestrictionEnabled: 'Users cannot copy from or paste into the application.',
  contextMenuRestrictionEnabled: 'The browser’s right-click menu is blocked.',
  downloadRestrictionEnabled: 'Files cannot be downloaded from the application.',
  enforceEPM: 'Sessions need Endpoint Privilege Manager on the user’s machine.',
  watermarkEnabled: 'A watermark is drawn over the application.',
  watermarkIncludesUserData: 'The watermark shows who is signed in (only while the watermark is on).',
  enforcePedometerLock: 'Locks the session when the user walks away from the device.',
}

function pickConfiguration(configuration: SwsPolicyDetail['configuration']): SwsPolicyConfiguration {
  const { appProtectionMode: _mode, ...rest } = configuration
  return { ...rest, manualModeURLIncludeList: [...rest.manualModeURLIncludeList], excludedURLs: [...rest.excludedURLs] }
}

/** Edit the application configuration (every flag, both URL lists), then confirm exactly what changes. */
export function ConfigurationDialog(props: { tenant: string; detail: SwsPolicyDetail; onClose: () => void }) {
  const before = pickConfiguration(props.detail.configuration)
  const queryClient = useQueryClient()
  const [step, setStep] = useState<'edit' | 'review'>('edit')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<SwsPolicyConfigurationForm>({ resolver: zodResolver(swsPolicyConfigurationFormSchema), defaultValues: { ...before, reason: '' } })
  const [review, setReview] = useState<ReturnType<typeof configurationChanges> | null>(null)

  const mutation = useMutation({
    mutationFn: (reason: string | undefined) => {
      if (!review) throw new Error('Nothing to apply')
      return updateSwsPolicyConfiguration(props.tenant, props.detail.policy.id, { changes: review.changes, expected: review.expected, reason })
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: swsPoliciesKey(props.tenant) })
      toast.success(`The configuration of ${props.detail.policy.name} is saved.`)
      props.onClose()
    },
    onError: (error) => {
      // Field errors come back as changes.<field>.<line>: put them beside the fields being edited.
      const fields = error instanceof ApiRequestError ? Object.entries(error.fieldErrors).filter(([path]) => path.startsWith('changes.')) : []
      for (const [path, message] of fields) form.setError(path.slice('changes.'.length) as Path<SwsPolicyConfigurationForm>, { message })
      if (fields.length > 0) setStep('edit')
      setFormError(fields.length > 0 ? 'Some settings are not valid: see the marked fields.' : error.message)
    },
  })

  const onSubmit = form.handleSubmit(({ reason, ...edited }) => {
    setFormError(null)
    if (step === 'edit') {
      const changes = configurationChanges(before, edited)
      if (changes.rows.length === 0) {
        setFormError('Nothing changed: edit a setting first.')
        return
      }
      setReview(changes)
      setStep('review')
      return
    }
    mutation.mutate(reason)
  })

  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle className="break-words">{step === 'edit' ? 'Edit application configuration' : 'Confirm configuration changes'}</DialogTitle>
          <DialogDescription className="break-words">
            {step === 'edit'
              ? `${props.detail.policy.name}: change what you need; the next step shows exactly what changes.`
              : 'Only these settings are sent; every other setting stays as Secure Web Sessions holds it.'}
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-5">
          <FormErrorAlert message={formError} />
          {step === 'edit' ? (
            <>
              <FieldSet>
                <FieldLegend variant="label">Restrictions and watermark</FieldLegend>
                <div className="grid gap-4 sm:grid-cols-2">
                  {SWS_CONFIG_FLAGS.map((key) => (
                    <Controller
                      key={key}
                      name={key}
                      control={form.control}
                      render={({ field }) => (
                        <Field orientation="horizontal" className="items-start">
                          <Switch id={`config-${key}`} checked={field.value} onCheckedChange={field.onChange} onBlur={field.onBlur} />
                          <FieldContent>
                            <FieldLabel htmlFor={`config-${key}`}>{SWS_CONFIG_LABELS[key]}</FieldLabel>
                            <FieldDescription>{FLAG_HINTS[key]}</FieldDescription>
                          </FieldContent>
                        </Field>
                      )}
                    />
                  ))}
                </div>
              </FieldSet>
              <p className="text-muted-foreground text-sm">
                {SWS_CONFIG_LABELS.appProtectionMode}: <span className="text-foreground font-medium">{props.detail.configuration.appProtectionMode ?? 'not reported'}</span> (not editable through the SWS API)
              </p>
              <UrlListField
                control={form.control}
                name="manualModeURLIncludeList"
                legend={SWS_CONFIG_LABELS.manualModeURLIncludeList}
                description="Pages protected when the application is protected manually. Full http(s) addresses; * is a wildcard."
                itemLabel="Included URL"
                idPrefix="config-include"
              />
              <UrlListField
                control={form.control}
                name="excludedURLs"
                legend={SWS_CONFIG_LABELS.excludedURLs}
                description="Pages never protected, e.g. static assets. Full http(s) addresses; * is a wildcard."
                itemLabel="Excluded URL"
                idPrefix="config-exclude"
              />
            </>
          ) : (
            <>
              {review && <ChangeReview rows={review.rows} />}
              <ReasonField control={form.control} name="reason" id="config-reason" />
            </>
          )}
          <ReviewStepFooter step={step} onCancel={props.onClose} onBack={() => setStep('edit')} confirmLabel="Apply changes" pending={mutation.isPending} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
