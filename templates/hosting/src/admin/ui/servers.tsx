/** An account's page: its MCP Servers tab (list, revoke with confirmation) and the way to create one. */
import { useState } from 'preact/hooks';
import type { Account, McpServer } from '../../wire/types.js';
import { ApiError, api, type ListAnswer } from './api.js';
import { list, when } from './format.js';
import { href } from './router.js';
import { useLoad } from './use-load.js';
import { Confirm, FormError, Notice } from './widgets.js';

function status(server: McpServer, now: number): string {
  if (server.expires_at !== null && Date.parse(server.expires_at) <= now) {
    return 'expired';
  }
  return server.require_api_token_auth ? 'active (API token)' : 'active';
}

export function filters(server: McpServer): string {
  const exposure = server.config.tool_exposure === 'discovery' ? '; discovery tools' : '';
  return `methods: ${list(server.config.methods, 'all')}; tags: ${list(server.config.tags, 'all')}${exposure}`;
}

export function AccountServers({ accountId }: { accountId: string }) {
  const path = `integrated-account/${encodeURIComponent(accountId)}`;
  const account = useLoad(() => api<Account>('GET', path), [accountId]);
  const servers = useLoad(() => api<ListAnswer<McpServer>>('GET', `${path}/mcp?limit=100`), [accountId]);
  const [revoking, setRevoking] = useState<McpServer>();
  const [notice, setNotice] = useState<{ message: string; tone: 'ok' | 'warn' }>();
  const revoke = async (server: McpServer) => {
    try {
      await api('DELETE', `${path}/mcp/${encodeURIComponent(server.id)}`);
      setNotice({ message: `${server.name} was revoked: its URL is refused from now on.`, tone: 'ok' });
    } catch (caught) {
      const gone = caught instanceof ApiError && caught.status === 404;
      setNotice({
        message: gone
          ? `${server.name} was already revoked (perhaps in another tab); nothing else changed.`
          : (caught as Error).message,
        tone: 'warn',
      });
    }
    await servers.reload();
  };
  const now = Date.now();
  return (
    <main>
      <p class="breadcrumb">
        <a href={href.accounts()}>Integrated accounts</a> /
      </p>
      <h1>{account.data?.name ?? 'Account'}</h1>
      <FormError message={account.error} />
      {account.data && (
        <p class="hint">
          Domain: {account.data.domain ?? 'custom base URL'} · status: {account.data.status} · added{' '}
          {when(account.data.created_at)}
        </p>
      )}
      <nav class="tabs" aria-label="Account sections">
        <a href={href.account(accountId)} aria-current="page">
          MCP Servers
        </a>
      </nav>
      <section aria-labelledby="servers-title">
        <div class="section-head">
          <h2 id="servers-title">MCP Servers</h2>
          <a class="button" href={href.create(accountId)}>
            Create MCP server
          </a>
        </div>
        <Notice message={notice?.message} tone={notice?.tone} />
        <FormError message={servers.error} />
        {servers.data && servers.data.result.length === 0 && <p>No MCP servers yet.</p>}
        {servers.data && servers.data.result.length > 0 && (
          <table>
            <caption class="visually-hidden">MCP servers of this account</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Filters</th>
                <th scope="col">Expiry</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {servers.data.result.map((server) => (
                <tr key={server.id} data-server-id={server.id}>
                  <td data-label="Name">
                    {server.name}
                    <div class="hint">{server.tools.length} tools</div>
                  </td>
                  <td data-label="Filters">{filters(server)}</td>
                  <td data-label="Expiry">{when(server.expires_at)}</td>
                  <td data-label="Created">{when(server.created_at)}</td>
                  <td data-label="Last used">{when(server.last_used_at)}</td>
                  <td data-label="Status">
                    <span class="status active">{status(server, now)}</span>
                  </td>
                  <td class="actions-cell">
                    <div class="row-actions">
                      <a
                        class="button secondary"
                        href={href.logs(accountId, server.id)}
                        aria-label={`Call log of ${server.name}`}
                      >
                        Call log
                      </a>
                      <button
                        type="button"
                        class="danger"
                        onClick={() => setRevoking(server)}
                        aria-label={`Revoke ${server.name}`}
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
      </section>
      {revoking && (
        <Confirm
          title={`Revoke ${revoking.name}?`}
          confirmLabel="Revoke server"
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(undefined)}
        >
          <p>
            Clients using its URL are refused from their next request. This cannot be undone: a new server gets a new
            URL.
          </p>
        </Confirm>
      )}
    </main>
  );
}
