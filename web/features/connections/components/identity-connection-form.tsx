import { type ConnectionView, type IdentityConnectionConfig, type IdentityConnectionRequest, identityConnectionRequestSchema } from '@contract/connections'
import { zodResolver } from '@hookform/resolvers/zod'
import { TextField } from '@/components/form/text-field'
import { saveIdentityConnection } from '../api/connection-queries'
import { ConnectionFormCard } from './connection-form-card'
import { SecretField } from './secret-field'

const resolver = zodResolver(identityConnectionRequestSchema)

export function IdentityConnectionForm({ tenantId, view }: { tenantId: string; view: ConnectionView<IdentityConnectionConfig> | null }) {
  return (
    <ConnectionFormCard<IdentityConnectionRequest>
      tenantId={tenantId}
      vendor="identity"
      description="Users, organizations, lock state and MFA exemptions, through an OAuth2 service user (client credentials)."
      configured={view !== null}
      resolver={resolver}
      defaultValues={{ tenantUrl: view?.config.tenantUrl ?? '', clientId: view?.config.clientId ?? '', clientSecret: undefined, reason: '' }}
      secretField="clientSecret"
      fieldNames={['tenantUrl', 'clientId', 'clientSecret', 'reason']}
      save={(values) => saveIdentityConnection(tenantId, values)}
    >
      {(form) => (
        <>
          <TextField control={form.control} name="tenantUrl" id="identity-tenant-url" label="Tenant URL" placeholder="https://abc1234.id.cyberark.cloud" description="https only (http for localhost simulators)." />
          <TextField control={form.control} name="clientId" id="identity-client-id" label="Service user" placeholder="svc-gatehouse@abc1234.example" autoComplete="off" />
          <SecretField key={view?.secretUpdatedAt ?? 'none'} control={form.control} name="clientSecret" id="identity-client-secret" label="Client secret" storedAt={view?.secretUpdatedAt ?? null} />
        </>
      )}
    </ConnectionFormCard>
  )
}
