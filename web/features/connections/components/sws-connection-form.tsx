import {
  type ConnectionView,
  SWS_DATA_CENTERS,
  type SwsConnectionConfig,
  type SwsConnectionRequest,
  swsConnectionRequestSchema,
} from '@contract/connections'
import { zodResolver } from '@hookform/resolvers/zod'
import { type UseFormReturn, useWatch } from 'react-hook-form'
import { SelectField } from '@/components/form/select-field'
import { TextField } from '@/components/form/text-field'
import { saveSwsConnection } from '../api/connection-queries'
import { ConnectionFormCard } from './connection-form-card'
import { SecretField } from './secret-field'

const resolver = zodResolver(swsConnectionRequestSchema)
const DATA_CENTER_OPTIONS = [
  ...Object.entries(SWS_DATA_CENTERS).map(([value, dc]) => ({ value, label: `${dc.label} (api.${dc.suffix})` })),
  { value: null, label: 'Custom addresses' },
]
const AUTH_OPTIONS = [
  { value: 'client-secret', label: 'Client id and secret' },
  { value: 'service-account-key', label: 'Service account key (private-key JWT)' },
]

export function SwsConnectionForm({ tenantId, view }: { tenantId: string; view: ConnectionView<SwsConnectionConfig> | null }) {
  const config = view?.config
  return (
    <ConnectionFormCard<SwsConnectionRequest>
      tenantId={tenantId}
      vendor="sws"
      description="Web-app policies, SWS users, recorded sessions and activities, through a Remote Access service account."
      configured={view !== null}
      resolver={resolver}
      defaultValues={{
        dataCenter: config ? config.dataCenter : 'us',
        apiBaseUrl: config?.apiBaseUrl ?? null,
        authBaseUrl: config?.authBaseUrl ?? null,
        pathPrefix: config?.pathPrefix ?? '/v2-edge',
        tenantId: config?.tenantId ?? '',
        auth: config?.auth ?? 'client-secret',
        clientId: config?.clientId ?? '',
        secret: undefined,
        reason: '',
      }}
      secretField="secret"
      fieldNames={['dataCenter', 'apiBaseUrl', 'authBaseUrl', 'pathPrefix', 'tenantId', 'auth', 'clientId', 'secret', 'reason']}
      save={(values) => saveSwsConnection(tenantId, values)}
    >
      {(form) => <SwsFields form={form} storedAt={view?.secretUpdatedAt ?? null} />}
    </ConnectionFormCard>
  )
}

function SwsFields({ form, storedAt }: { form: UseFormReturn<SwsConnectionRequest>; storedAt: string | null }) {
  const [dataCenter, auth] = useWatch({ control: form.control, name: ['dataCenter', 'auth'] })
  const keyAuth = auth === 'service-account-key'
  return (
    <>
      <SelectField control={form.control} name="dataCenter" id="sws-data-center" label="Data center" options={DATA_CENTER_OPTIONS} />
      {dataCenter === null && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField control={form.control} name="apiBaseUrl" nullable id="sws-api-url" label="API address" placeholder="https://api.example" />
          <TextField control={form.control} name="authBaseUrl" nullable id="sws-auth-url" label="Token realm address" placeholder="https://auth.example" />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField control={form.control} name="pathPrefix" id="sws-path-prefix" label="API version path" />
        <TextField control={form.control} name="tenantId" id="sws-tenant-id" label="Remote Access tenant id" placeholder="32 hex characters" spellCheck={false} />
      </div>
      <SelectField control={form.control} name="auth" id="sws-auth" label="Authentication" options={AUTH_OPTIONS} />
      <TextField control={form.control} name="clientId" id="sws-client-id" label={keyAuth ? 'Service account id' : 'Client id'} autoComplete="off" spellCheck={false} />
      <SecretField key={storedAt ?? 'none'} control={form.control} name="secret" id="sws-secret" label={keyAuth ? 'Private key (PEM)' : 'Client secret'} multiline={keyAuth} storedAt={storedAt} />
    </>
  )
}
