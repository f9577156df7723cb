/** API tokens for servers that require one: created (shown once), listed, revoked. */
import { useState } from 'preact/hooks';
import type { ApiToken } from '../../wire/types.js';
import { type ApiError, api, asApiError, fieldError, type ListAnswer } from './api.js';
import { when } from './format.js';
import { type Column, RecordTable } from './record-table.js';
import { type Outcome, removal } from './removal.js';
import { useLoad } from './use-load.js';
import { Confirm, CopyOnce, FormError, Notice, TextField } from './widgets.js';

const TOKEN_COLUMNS: Column<ApiToken>[] = [
  { label: 'Name', cell: (token) => token.name },
  { label: 'Created', cell: (token) => when(token.created_at) },
];

export function ApiTokens() {
  const { data, error, reload } = useLoad(() => api<ListAnswer<ApiToken>>('GET', 'api-token?limit=100'), []);
  const [name, setName] = useState('');
  const [formError, setFormError] = useState<ApiError>();
  const [created, setCreated] = useState<ApiToken & { token: string }>();
  const [revoking, setRevoking] = useState<ApiToken>();
  const [notice, setNotice] = useState<Outcome>();
  const create = async (event: Event) => {
    event.preventDefault();
    try {
      setCreated(await api<ApiToken & { token: string }>('POST', 'api-token', { name }));
      setName('');
      setFormError(undefined);
      await reload();
    } catch (caught) {
      setFormError(asApiError(caught));
    }
  };
  const revoke = async (token: ApiToken) => {
    setNotice(
      await removal(() => api('DELETE', `api-token/${encodeURIComponent(token.id)}`), {
        done: `${token.name} was revoked.`,
        gone: `${token.name} was already revoked (perhaps in another tab).`,
      }),
    );
    await reload();
  };
  return (
    <main>
      <h1>API tokens</h1>
      <p class="hint">
        Clients of servers that require an API token send one as Authorization: Bearer. The server keeps only a hash.
      </p>
      <Notice message={notice?.message} tone={notice?.tone} />
      {created && (
        <CopyOnce
          label={`New token: ${created.name}`}
          value={created.token}
          note="Shown only now: copy it into the client's settings."
        />
      )}
      <form onSubmit={create} noValidate class="card inline-form" aria-labelledby="new-token-title">
        <h2 id="new-token-title">Create a token</h2>
        <TextField
          label="Name"
          hint="Who holds it, e.g. Reporting agent."
          error={fieldError(formError, 'name')}
          name="name"
          required
          value={name}
          onValue={setName}
        />
        <FormError message={formError && formError.field !== 'name' ? formError.message : undefined} />
        <button type="submit">Create token</button>
      </form>
      <FormError message={error} />
      {data && data.result.length === 0 && <p>No API tokens yet.</p>}
      {data && data.result.length > 0 && (
        <RecordTable
          caption="API tokens"
          rows={data.result}
          rowKey={(token) => token.id}
          columns={TOKEN_COLUMNS}
          actions={(token) => (
            <button type="button" class="danger" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
              Revoke
            </button>
          )}
        />
      )}
      {revoking && (
        <Confirm
          title={`Revoke ${revoking.name}?`}
          confirmLabel="Revoke token"
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(undefined)}
        >
          <p>Clients that send it are refused from their next request.</p>
        </Confirm>
      )}
    </main>
  );
}
