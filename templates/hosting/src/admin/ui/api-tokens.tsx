/** API tokens for servers that require one: created (shown once), listed, revoked. */
import { useState } from 'preact/hooks';
import type { ApiToken } from '../../wire/types.js';
import { ApiError, api, fieldError, type ListAnswer } from './api.js';
import { when } from './format.js';
import { useLoad } from './use-load.js';
import { Confirm, CopyOnce, Field, FormError, Notice } from './widgets.js';

export function ApiTokens() {
  const { data, error, reload } = useLoad(() => api<ListAnswer<ApiToken>>('GET', 'api-token?limit=100'), []);
  const [name, setName] = useState('');
  const [formError, setFormError] = useState<ApiError>();
  const [created, setCreated] = useState<ApiToken & { token: string }>();
  const [revoking, setRevoking] = useState<ApiToken>();
  const [notice, setNotice] = useState<{ message: string; tone: 'ok' | 'warn' }>();
  const create = async (event: Event) => {
    event.preventDefault();
    try {
      setCreated(await api<ApiToken & { token: string }>('POST', 'api-token', { name }));
      setName('');
      setFormError(undefined);
      await reload();
    } catch (caught) {
      setFormError(caught as ApiError);
    }
  };
  const revoke = async (token: ApiToken) => {
    try {
      await api('DELETE', `api-token/${encodeURIComponent(token.id)}`);
      setNotice({ message: `${token.name} was revoked.`, tone: 'ok' });
    } catch (caught) {
      const gone = caught instanceof ApiError && caught.status === 404;
      setNotice({
        message: gone ? `${token.name} was already revoked (perhaps in another tab).` : (caught as Error).message,
        tone: 'warn',
      });
    }
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
        <Field label="Name" hint="Who holds it, e.g. Reporting agent." error={fieldError(formError, 'name')}>
          {(id, d, invalid) => (
            <input
              id={id}
              name="name"
              required
              value={name}
              aria-describedby={d}
              aria-invalid={invalid}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          )}
        </Field>
        <FormError message={formError && formError.field !== 'name' ? formError.message : undefined} />
        <button type="submit">Create token</button>
      </form>
      <FormError message={error} />
      {data && data.result.length === 0 && <p>No API tokens yet.</p>}
      {data && data.result.length > 0 && (
        <table>
          <caption class="visually-hidden">API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.result.map((token) => (
              <tr key={token.id}>
                <td data-label="Name">{token.name}</td>
                <td data-label="Created">{when(token.created_at)}</td>
                <td class="actions-cell">
                  <div class="row-actions">
                    <button
                      type="button"
                      class="danger"
                      onClick={() => setRevoking(token)}
                      aria-label={`Revoke ${token.name}`}
                    >
                      Revoke
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
