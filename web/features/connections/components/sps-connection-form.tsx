import { type ConnectionView, type SpsConnectionConfig, type SpsConnectionRequest, spsConnectionRequestSchema } from '@contract/connections'
import { zodResolver } from '@hookform/resolvers/zod'
import { TriangleAlert } from 'lucide-react'
import { type UseFormReturn, useWatch } from 'react-hook-form'
import { SelectField } from '@/components/form/select-field'
import { TextField } from '@/components/form/text-field'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { saveSpsConnection } from '../api/connection-queries'
import { ConnectionFormCard } from './connection-form-card'
import { SecretField } from './secret-field'

const resolver = zodResolver(spsConnectionRequestSchema)
const TLS_OPTIONS = [
  { value: 'system', label: 'Trusted by the system (public CA)' },
  { value: 'custom-ca', label: 'Signed by our own CA (paste it)' },
  { value: 'accept-self-signed', label: 'Accept a self-signed certificate (unsafe)' },
]

export function SpsConnectionForm({ tenantId, view }: { tenantId: string; view: ConnectionView<SpsConnectionConfig> | null }) {
  return (
    <ConnectionFormCard<SpsConnectionRequest>
      tenantId={tenantId}
      vendor="sps"
      description="Usergroups, local users, ACLs and audited sessions on a Safeguard for Privileged Sessions appliance."
      configured={view !== null}
      resolver={resolver}
      defaultValues={{
        applianceUrl: view?.config.applianceUrl ?? '',
        username: view?.config.username ?? '',
        password: undefined,
        tls: view?.config.tls ?? 'system',
        caPem: view?.config.caPem ?? null,
        reason: '',
      }}
      secretField="password"
      fieldNames={['applianceUrl', 'username', 'password', 'tls', 'caPem', 'reason']}
      save={(values) => saveSpsConnection(tenantId, values)}
    >
      {(form) => <SpsFields form={form} storedAt={view?.secretUpdatedAt ?? null} />}
    </ConnectionFormCard>
  )
}

function SpsFields({ form, storedAt }: { form: UseFormReturn<SpsConnectionRequest>; storedAt: string | null }) {
  const tls = useWatch({ control: form.control, name: 'tls' })
  return (
    <>
      <TextField control={form.control} name="applianceUrl" id="sps-url" label="Appliance URL" placeholder="https://sps.example.com" />
      <TextField control={form.control} name="username" id="sps-username" label="SPS user" autoComplete="off" />
      <SecretField key={storedAt ?? 'none'} control={form.control} name="password" id="sps-password" label="Password" storedAt={storedAt} />
      <SelectField control={form.control} name="tls" id="sps-tls" label="TLS trust" options={TLS_OPTIONS} />
      {tls === 'custom-ca' && <TextField control={form.control} name="caPem" nullable multiline id="sps-ca" label="CA certificate (PEM)" />}
      {tls === 'accept-self-signed' && (
        <Alert variant="warning">
          <TriangleAlert aria-hidden />
          <AlertTitle>Unsafe</AlertTitle>
          <AlertDescription>The console will not check who it is talking to: anyone between it and the appliance could read the SPS password. Prefer pasting the appliance's CA.</AlertDescription>
        </Alert>
      )}
    </>
  )
}
