/** Integrated accounts: the list, adding one with a token, connecting one by OAuth, removing one. */
import { useState } from 'preact/hooks';
import type { Account, Integration } from '../../wire/types.js';
import { type ApiError, api, asApiError, fieldError, type ListAnswer } from './api.js';
import { when } from './format.js';
import { type Column, RecordTable } from './record-table.js';
import { type Outcome, removal } from './removal.js';
import { href } from './router.js';
import { useLoad } from './use-load.js';
import { Confirm, FormError, Notice, TextField } from './widgets.js';

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
        <TextField
          label="Domain"
          hint={`The tenant: acme means https://acme.${integration.name}.com. Give this or a base URL.`}
          error={fieldError(error, 'domain')}
          name="domain"
          value={form.domain}
          onValue={(value) => onChange('domain', value)}
        />
      )}
      <TextField
        label="Base URL"
        hint="Instead of a domain: a full base URL (a proxy or a sandbox)."
        error={fieldError(error, 'base_url')}
        name="base_url"
        type="url"
        value={form.base_url}
        onValue={(value) => onChange('base_url', value)}
      />
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
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
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
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  const known = ['name', 'domain', 'base_url', 'access_token'];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-account-title" class="card">
      <h2 id="add-account-title">Add an account with a token</h2>
      <TextField
        label="Name"
        hint="How this account is listed, e.g. Acme Egnyte."
        error={fieldError(error, 'name')}
        name="name"
        required
        value={form.name}
        onValue={set('name')}
      />
      <LocationFields
        integration={integration}
        form={form}
        error={error}
        onChange={(key, value) => setForm({ ...form, [key]: value })}
      />
      <TextField
        label="Access token"
        hint="Stored encrypted; never shown again."
        error={fieldError(error, 'access_token')}
        name="access_token"
        type="password"
        autoComplete="off"
        required
        value={form.access_token}
        onValue={set('access_token')}
      />
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
      setError(asApiError(caught));
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
        <TextField
          label="Name"
          error={fieldError(error, 'name')}
          name="name"
          required
          value={form.name}
          onValue={(name) => setForm({ ...form, name })}
        />
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

const ACCOUNT_COLUMNS: Column<Account>[] = [
  { label: 'Name', cell: (account) => <a href={href.account(account.id)}>{account.name}</a> },
  { label: 'Domain', cell: (account) => account.domain ?? 'custom base URL' },
  { label: 'Status', cell: (account) => <span class={`status ${account.status}`}>{account.status}</span> },
  { label: 'Added', cell: (account) => when(account.created_at) },
];

export function Accounts({ integration }: { integration: Integration }) {
  const { data, error, reload } = useLoad(() => api<ListAnswer<Account>>('GET', 'integrated-account?limit=100'), []);
  const [removing, setRemoving] = useState<Account>();
  const [notice, setNotice] = useState<Outcome>();
  const remove = async (account: Account) => {
    setNotice(
      await removal(() => api('DELETE', `integrated-account/${encodeURIComponent(account.id)}`), {
        done: `${account.name} was removed; its MCP servers stopped and its credentials were erased.`,
        gone: `${account.name} was already removed (perhaps in another tab).`,
      }),
    );
    await reload();
  };
  return (
    <main>
      <h1>Integrated accounts</h1>
      <Notice message={notice?.message} tone={notice?.tone} />
      <FormError message={error} />
      {data && data.result.length === 0 && <p>No accounts yet: add one below.</p>}
      {data && data.result.length > 0 && (
        <RecordTable
          caption="Integrated accounts"
          rows={data.result}
          rowKey={(account) => account.id}
          columns={ACCOUNT_COLUMNS}
          actions={(account) => (
            <>
              <a class="button secondary" href={href.account(account.id)} aria-label={`MCP servers of ${account.name}`}>
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
            </>
          )}
        />
      )}
      <div class="grid">
        <AddAccount
          integration={integration}
          onAdded={(account) => {
            setNotice({ message: `${account.name} was added.`, tone: 'ok' });
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
