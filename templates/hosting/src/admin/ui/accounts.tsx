/** Integrated accounts: the list, adding one with a token, connecting one by OAuth, removing one. */
import { useState } from 'preact/hooks';
import type { Account, Integration } from '../../wire/types.js';
import { ApiError, api, fieldError, type ListAnswer } from './api.js';
import { when } from './format.js';
import { href } from './router.js';
import { useLoad } from './use-load.js';
import { Confirm, Field, FormError, Notice } from './widgets.js';

interface Location {
  domain: string;
  base_url: string;
}

/** Where the account lives: a domain (the vendor's URL template) or a full base URL. */
function LocationFields({
  integration,
  form,
  error,
  onChange,
}: {
  integration: Integration;
  form: Location;
  error?: ApiError;
  onChange: (key: keyof Location, value: string) => void;
}) {
  return (
    <>
      {integration.takes_domain && (
        <Field
          label="Domain"
          hint={`The tenant: acme means https://acme.${integration.name}.com. Give this or a base URL.`}
          error={fieldError(error, 'domain')}
        >
          {(id, d, invalid) => (
            <input
              id={id}
              name="domain"
              value={form.domain}
              aria-describedby={d}
              aria-invalid={invalid}
              onInput={(e) => onChange('domain', e.currentTarget.value)}
            />
          )}
        </Field>
      )}
      <Field
        label="Base URL"
        hint="Instead of a domain: a full base URL (a proxy or a sandbox)."
        error={fieldError(error, 'base_url')}
      >
        {(id, d, invalid) => (
          <input
            id={id}
            name="base_url"
            type="url"
            value={form.base_url}
            aria-describedby={d}
            aria-invalid={invalid}
            onInput={(e) => onChange('base_url', e.currentTarget.value)}
          />
        )}
      </Field>
    </>
  );
}

/** The request body: the name, the filled location field, and the rest as given. */
function accountBody(form: Location & { name: string }, extra: Record<string, string> = {}): Record<string, string> {
  return {
    name: form.name,
    ...(form.domain.trim() ? { domain: form.domain } : {}),
    ...(form.base_url.trim() ? { base_url: form.base_url } : {}),
    ...extra,
  };
}

function AddAccount({ integration, onAdded }: { integration: Integration; onAdded: (account: Account) => void }) {
  const [form, setForm] = useState({ name: '', domain: '', base_url: '', access_token: '' });
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (e: { currentTarget: HTMLInputElement }) =>
    setForm({ ...form, [key]: e.currentTarget.value });
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const account = await api<Account>(
        'POST',
        'integrated-account',
        accountBody(form, { access_token: form.access_token }),
      );
      setForm({ name: '', domain: '', base_url: '', access_token: '' });
      setError(undefined);
      onAdded(account);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const known = ['name', 'domain', 'base_url', 'access_token'];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-account-title" class="card">
      <h2 id="add-account-title">Add an account with a token</h2>
      <Field label="Name" hint="How this account is listed, e.g. Acme Egnyte." error={fieldError(error, 'name')}>
        {(id, d, invalid) => (
          <input
            id={id}
            name="name"
            required
            value={form.name}
            aria-describedby={d}
            aria-invalid={invalid}
            onInput={set('name')}
          />
        )}
      </Field>
      <LocationFields
        integration={integration}
        form={form}
        error={error}
        onChange={(key, value) => setForm({ ...form, [key]: value })}
      />
      <Field label="Access token" hint="Stored encrypted; never shown again." error={fieldError(error, 'access_token')}>
        {(id, d, invalid) => (
          <input
            id={id}
            name="access_token"
            type="password"
            autoComplete="off"
            required
            value={form.access_token}
            aria-describedby={d}
            aria-invalid={invalid}
            onInput={set('access_token')}
          />
        )}
      </Field>
      <FormError message={error && !known.includes(error.field ?? '') ? error.message : undefined} />
      <button type="submit" disabled={busy}>
        Add account
      </button>
    </form>
  );
}

function ConnectAccount({ integration }: { integration: Integration }) {
  const [form, setForm] = useState({ name: '', domain: '', base_url: '' });
  const [error, setError] = useState<ApiError>();
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      const started = await api<{ authorize_url: string }>('POST', 'integrated-account/connect', accountBody(form));
      location.assign(started.authorize_url);
    } catch (caught) {
      setError(caught as ApiError);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="connect-title" class="card">
      <h2 id="connect-title">Connect with {integration.display_name} OAuth</h2>
      {integration.oauth.ok ? (
        <p class="hint">You sign in on {integration.display_name}, then come back here.</p>
      ) : (
        <p class="notice warn" id="connect-unavailable">
          Not set up on this server: {integration.oauth.message}. Until then, add accounts with a token.
        </p>
      )}
      {/* A disabled fieldset: nothing to fill in while the server cannot start the sign-in. */}
      <fieldset
        class="plain"
        disabled={!integration.oauth.ok}
        aria-describedby={integration.oauth.ok ? undefined : 'connect-unavailable'}
      >
        <Field label="Name" error={fieldError(error, 'name')}>
          {(id, d, invalid) => (
            <input
              id={id}
              name="name"
              required
              value={form.name}
              aria-describedby={d}
              aria-invalid={invalid}
              onInput={(e) => setForm({ ...form, name: e.currentTarget.value })}
            />
          )}
        </Field>
        <LocationFields
          integration={integration}
          form={form}
          error={error}
          onChange={(key, value) => setForm({ ...form, [key]: value })}
        />
        <FormError
          message={error && !['name', 'domain', 'base_url'].includes(error.field ?? '') ? error.message : undefined}
        />
        <button type="submit">Connect with {integration.display_name}</button>
      </fieldset>
    </form>
  );
}

export function Accounts({ integration }: { integration: Integration }) {
  const { data, error, reload } = useLoad(() => api<ListAnswer<Account>>('GET', 'integrated-account?limit=100'), []);
  const [removing, setRemoving] = useState<Account>();
  const [notice, setNotice] = useState<string>();
  const remove = async (account: Account) => {
    try {
      await api('DELETE', `integrated-account/${encodeURIComponent(account.id)}`);
      setNotice(`${account.name} was removed; its MCP servers stopped and its credentials were erased.`);
    } catch (caught) {
      setNotice(
        caught instanceof ApiError && caught.status === 404
          ? `${account.name} was already removed (perhaps in another tab).`
          : (caught as Error).message,
      );
    }
    await reload();
  };
  return (
    <main>
      <h1>Integrated accounts</h1>
      <Notice message={notice} />
      <FormError message={error} />
      {data && data.result.length === 0 && <p>No accounts yet: add one below.</p>}
      {data && data.result.length > 0 && (
        <table>
          <caption class="visually-hidden">Integrated accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Domain</th>
              <th scope="col">Status</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.result.map((account) => (
              <tr key={account.id}>
                <td data-label="Name">
                  <a href={href.account(account.id)}>{account.name}</a>
                </td>
                <td data-label="Domain">{account.domain ?? 'custom base URL'}</td>
                <td data-label="Status">
                  <span class={`status ${account.status}`}>{account.status}</span>
                </td>
                <td data-label="Added">{when(account.created_at)}</td>
                <td class="actions-cell">
                  <div class="row-actions">
                    <a
                      class="button secondary"
                      href={href.account(account.id)}
                      aria-label={`MCP servers of ${account.name}`}
                    >
                      MCP servers
                    </a>
                    <button
                      type="button"
                      class="danger"
                      onClick={() => setRemoving(account)}
                      aria-label={`Remove ${account.name}`}
                    >
                      Remove
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="grid">
        <AddAccount
          integration={integration}
          onAdded={(account) => {
            setNotice(`${account.name} was added.`);
            void reload();
          }}
        />
        <ConnectAccount integration={integration} />
      </div>
      {removing && (
        <Confirm
          title={`Remove ${removing.name}?`}
          confirmLabel="Remove account"
          onConfirm={() => remove(removing)}
          onClose={() => setRemoving(undefined)}
        >
          <p>Every MCP server of this account stops at once and its stored credentials are erased.</p>
        </Confirm>
      )}
    </main>
  );
}
