/**
 * The Create MCP server form: name, methods (read / write / custom or named methods), the
 * integration's tags, expiry, API-token requirement and tool exposure. Every change is previewed
 * (how many and which tools) before anything is created; the URL is then shown once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Integration, McpServer, ServerConfig } from '../../wire/types.js';
import { ApiError, api, asApiError, fieldError } from './api.js';
import { ConnectSteps } from './connect-steps.js';
import { localToIso, when } from './format.js';
import { href } from './router.js';
import { Choices, CopyOnce, FormError, TextField } from './widgets.js';

interface Preview {
  tools: { name: string; title: string; read_only: boolean }[];
}

const GROUPS = [
  { value: 'read', label: 'read (list and get)' },
  { value: 'write', label: 'write (create, update, delete, actions)' },
  { value: 'custom', label: 'custom methods' },
];

function toggle(values: string[], value: string, on: boolean): string[] {
  return on ? [...values, value] : values.filter((v) => v !== value);
}

function configOf(methods: string[], tags: string[], exposure: 'all' | 'discovery'): ServerConfig {
  return {
    ...(methods.length ? { methods } : {}),
    ...(tags.length ? { tags } : {}),
    ...(exposure === 'discovery' ? { tool_exposure: exposure } : {}),
  };
}

function Checkbox({
  name,
  value,
  label,
  checked,
  onChange,
}: {
  name: string;
  value: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        name={name}
        value={value}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

function PreviewPanel({
  preview,
  error,
  total,
  discovery,
}: {
  preview?: Preview;
  error?: ApiError;
  total: number;
  discovery: boolean;
}) {
  return (
    <section class="card preview" aria-labelledby="preview-title" aria-live="polite">
      <h2 id="preview-title">Preview</h2>
      {error ? (
        <p class="field-error">No server with this configuration: {error.message}</p>
      ) : !preview ? (
        <p class="hint">Working out the tools…</p>
      ) : (
        <>
          <p class="tool-count">
            <strong data-testid="tool-count">{preview.tools.length}</strong> of {total} tools
          </p>
          {discovery && (
            <p class="hint">Listed as three tools (search_tools, get_tool_schema, call_tool) that reach these.</p>
          )}
          {/* Focusable: the list scrolls, and keyboard users must be able to scroll it (axe: scrollable-region-focusable). */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe) */}
          <ul class="tool-list" tabIndex={0} aria-label="Tools this server gets">
            {preview.tools.map((tool) => (
              <li key={tool.name}>
                <code>{tool.name}</code> <span class="hint">{tool.read_only ? 'read' : 'write'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function CreateServer({ accountId, integration }: { accountId: string; integration: Integration }) {
  const [name, setName] = useState('');
  const [methods, setMethods] = useState<string[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [expiry, setExpiry] = useState('');
  const [requireToken, setRequireToken] = useState(false);
  const [exposure, setExposure] = useState<'all' | 'discovery'>('all');
  const [preview, setPreview] = useState<Preview>();
  const [previewError, setPreviewError] = useState<ApiError>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<McpServer & { url: string }>();
  const config = configOf(methods, tags, exposure);
  const configKey = JSON.stringify(config);

  useEffect(() => {
    let current = true;
    setPreview(undefined);
    const timer = setTimeout(() => {
      api<Preview>('POST', 'preview', { config })
        .then((answer) => {
          if (current) {
            setPreview(answer);
            setPreviewError(undefined);
          }
        })
        .catch((caught: unknown) => {
          if (current) {
            setPreviewError(asApiError(caught));
          }
        });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [configKey]); // configKey stands for config

  const submit = async (event: Event) => {
    event.preventDefault();
    const expiresAt = localToIso(expiry);
    // Checked here, in the local time the field shows; the API would answer in UTC.
    if (expiresAt && Date.parse(expiresAt) <= Date.now()) {
      setError(
        new ApiError(
          400,
          'invalid_request',
          `${when(expiresAt)} (your local time) has already passed: choose a later time, or leave it empty for no expiry.`,
          'expires_at',
        ),
      );
      return;
    }
    setBusy(true);
    try {
      const body = {
        name,
        config,
        require_api_token_auth: requireToken,
        ...(expiresAt ? { expires_at: expiresAt } : {}),
      };
      setCreated(
        await api<McpServer & { url: string }>('POST', `integrated-account/${encodeURIComponent(accountId)}/mcp`, body),
      );
      setError(undefined);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    const url = created.url.startsWith('/') ? `${location.origin}${created.url}` : created.url;
    return (
      <main>
        <h1>{created.name} is ready</h1>
        <p>
          {created.tools.length} tools. Copy the URL now: it is shown only once and cannot be recovered (revoke the
          server and create another if it is lost).
        </p>
        <CopyOnce
          label="Server URL"
          value={url}
          note={
            created.require_api_token_auth
              ? 'Clients need this URL and one of your API tokens (Authorization: Bearer) until the server expires or is revoked.'
              : 'Anyone with this URL can use the server until it expires or is revoked.'
          }
        />
        <ConnectSteps url={url} needsApiToken={created.require_api_token_auth} />
        <p>
          <a class="button" href={href.account(accountId)}>
            Done: back to MCP servers
          </a>
        </p>
      </main>
    );
  }

  const configField = (field: string) => fieldError(error, field) ?? fieldError(previewError, field);
  const knownFields = [
    'name',
    'expires_at',
    'require_api_token_auth',
    'config.methods',
    'config.tags',
    'config.tool_exposure',
  ];
  return (
    <main>
      <p class="breadcrumb">
        <a href={href.account(accountId)}>MCP servers</a> /
      </p>
      <h1>Create MCP server</h1>
      <div class="create-layout">
        <form onSubmit={submit} noValidate class="card" aria-label="New MCP server">
          <TextField
            label="Name"
            hint="Who or what uses it, e.g. Helpdesk assistant (read-only)."
            error={fieldError(error, 'name')}
            name="name"
            required
            value={name}
            onValue={setName}
          />
          <Choices
            legend="Methods"
            hint="None ticked: every method. A tool passes when it matches any ticked box."
            error={configField('config.methods')}
          >
            {GROUPS.map((g) => (
              <Checkbox
                key={g.value}
                name="methods"
                value={g.value}
                label={g.label}
                checked={methods.includes(g.value)}
                onChange={(on) => setMethods(toggle(methods, g.value, on))}
              />
            ))}
            <details>
              <summary>Named methods</summary>
              <div class="choices">
                {integration.methods.map((m) => (
                  <Checkbox
                    key={m}
                    name="methods"
                    value={m}
                    label={m}
                    checked={methods.includes(m)}
                    onChange={(on) => setMethods(toggle(methods, m, on))}
                  />
                ))}
              </div>
            </details>
          </Choices>
          <Choices legend="Tags" hint="None ticked: every tag." error={configField('config.tags')}>
            {integration.tags.map((t) => (
              <Checkbox
                key={t}
                name="tags"
                value={t}
                label={t}
                checked={tags.includes(t)}
                onChange={(on) => setTags(toggle(tags, t, on))}
              />
            ))}
          </Choices>
          <TextField
            label="Expires"
            hint="Optional, your local time; after it the URL is refused and the server deleted."
            error={fieldError(error, 'expires_at')}
            name="expires_at"
            type="datetime-local"
            value={expiry}
            onValue={setExpiry}
          />
          <Choices legend="Access" error={fieldError(error, 'require_api_token_auth')}>
            <Checkbox
              name="require_api_token_auth"
              value="on"
              label="Require an API token (Authorization: Bearer) besides the URL"
              checked={requireToken}
              onChange={setRequireToken}
            />
          </Choices>
          <Choices legend="Tool exposure" error={configField('config.tool_exposure')}>
            <label class="check">
              <input
                type="radio"
                name="tool_exposure"
                value="all"
                checked={exposure === 'all'}
                onChange={() => setExposure('all')}
              />
              all tools listed
            </label>
            <label class="check">
              <input
                type="radio"
                name="tool_exposure"
                value="discovery"
                checked={exposure === 'discovery'}
                onChange={() => setExposure('discovery')}
              />
              discovery: search_tools, get_tool_schema and call_tool over them
            </label>
          </Choices>
          <FormError message={error && !knownFields.includes(error.field ?? '') ? error.message : undefined} />
          <div class="actions">
            <button type="submit" disabled={busy}>
              Create MCP server
            </button>
            <a class="button secondary" href={href.account(accountId)}>
              Cancel
            </a>
          </div>
        </form>
        <PreviewPanel
          preview={preview}
          error={previewError}
          total={integration.tool_count}
          discovery={exposure === 'discovery'}
        />
      </div>
    </main>
  );
}
