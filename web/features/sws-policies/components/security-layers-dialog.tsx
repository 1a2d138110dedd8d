import { SWS_SECURITY_LAYERS, swsSecurityLayersFormSchema, type SwsSecurityLayer, type SwsSecurityLayersForm, type UpdateSwsSecurityLayersRequest } from '@contract/sws-policies'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Checkbox } from '@/components/ui/checkbox'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Field, FieldDescription, FieldError, FieldLabel, FieldLegend, FieldSet } from '@/components/ui/field'
import { applyServerErrors } from '@/lib/form-errors'
import { layerChange, layerLabel } from '../policy-changes'
import { ChangeReview } from './change-review'
import { ReviewStepFooter } from './review-step-footer'

const LAYER_HINTS: Record<SwsSecurityLayer, string> = {
  SessionProtection: 'Isolates the web session from the user’s browser.',
  ContinuousAuthentication: 'Keeps checking that the same person is at the keyboard.',
  StepRecording: 'Records every step of the session for audit.',
  SessionControl: 'Applies the policy’s session-control rules.',
}

export interface SecurityLayersDialogProps {
  title: string
  description: string
  /** Names the setting in the confirmation, e.g. "Default security layers". */
  changeLabel: string
  idPrefix: string
  current: readonly string[]
  save: (request: UpdateSwsSecurityLayersRequest) => Promise<unknown>
  onSaved: () => Promise<void> | void
  onClose: () => void
}

/** Edit a set of security layers, then confirm the before → after change with a reason. */
export function SecurityLayersDialog(props: SecurityLayersDialogProps) {
  const [step, setStep] = useState<'edit' | 'review'>('edit')
  const [formError, setFormError] = useState<string | null>(null)
  const known = props.current.filter((layer): layer is SwsSecurityLayer => (SWS_SECURITY_LAYERS as readonly string[]).includes(layer))
  const unknown = props.current.filter((layer) => !(SWS_SECURITY_LAYERS as readonly string[]).includes(layer))
  const form = useForm<SwsSecurityLayersForm>({ resolver: zodResolver(swsSecurityLayersFormSchema), defaultValues: { securityLayers: known, reason: '' } })
  const selected = useWatch({ control: form.control, name: 'securityLayers' })
  const change = layerChange(props.changeLabel, props.current, selected)
  const mutation = useMutation({
    mutationFn: (values: SwsSecurityLayersForm) => props.save({ securityLayers: values.securityLayers, expected: [...props.current], reason: values.reason }),
    onSuccess: async () => {
      await props.onSaved()
      props.onClose()
    },
    onError: (error) => {
      const message = applyServerErrors(error, form.setError, ['securityLayers', 'reason'])
      setFormError(message)
      if (form.getFieldState('securityLayers').error) setStep('edit')
    },
  })
  const onSubmit = form.handleSubmit((values) => {
    setFormError(null)
    if (step === 'edit') {
      if (!change) form.setError('securityLayers', { message: 'Nothing changed: tick or untick at least one layer' })
      else setStep('review')
      return
    }
    mutation.mutate(values)
  })

  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle className="break-words">{step === 'edit' ? props.title : `Confirm: ${props.title}`}</DialogTitle>
          <DialogDescription className="line-clamp-4 [overflow-wrap:anywhere]" title={props.description}>{props.description}</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-4">
          <FormErrorAlert message={formError} />
          {step === 'edit' ? (
            <Controller
              name="securityLayers"
              control={form.control}
              render={({ field, fieldState }) => (
                <FieldSet data-invalid={fieldState.invalid}>
                  <FieldLegend variant="label">Security layers</FieldLegend>
                  {SWS_SECURITY_LAYERS.map((layer) => {
                    const id = `${props.idPrefix}-${layer}`
                    return (
                      <Field key={layer} orientation="horizontal" className="items-start">
                        <Checkbox
                          id={id}
                          checked={field.value.includes(layer)}
                          aria-invalid={fieldState.invalid}
                          onCheckedChange={(checked) =>
                            field.onChange(checked === true ? [...field.value, layer] : field.value.filter((item) => item !== layer))
                          }
                        />
                        <div className="grid gap-0.5">
                          <FieldLabel htmlFor={id}>{layerLabel(layer)}</FieldLabel>
                          <FieldDescription>{LAYER_HINTS[layer]}</FieldDescription>
                        </div>
                      </Field>
                    )
                  })}
                  {unknown.length > 0 && (
                    <FieldDescription className="break-words">Also kept as they are (not known to the console): {unknown.join(', ')}</FieldDescription>
                  )}
                  <FieldError errors={[fieldState.error]} />
                </FieldSet>
              )}
            />
          ) : (
            <>
              {change && <ChangeReview rows={[change]} />}
              <ReasonField control={form.control} name="reason" id={`${props.idPrefix}-reason`} />
            </>
          )}
          <ReviewStepFooter step={step} onCancel={props.onClose} onBack={() => setStep('edit')} confirmLabel="Apply change" pending={mutation.isPending} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
