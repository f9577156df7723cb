/** An account's page: its MCP Servers tab (list, revoke with confirmation) and the way to create one. */
import { useState } from 'preact/hooks';
import type { Account, McpServer } from '../../wire/types.js';
import { api, type ListAnswer } from './api.js';
import { list, when } from './format.js';
import { type Column, RecordTable } from './record-table.js';
import { type Outcome, removal } from './removal.js';
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

function serverColumns(now: number): Column<McpServer>[] {
  return [
    {
      label: 'Name',
      cell: (server) => (
        <>
          {server.name}
          <div class="hint">{server.tools.length} tools</div>
        </>
      ),
    },
    { label: 'Filters', cell: filters },
    { label: 'Expiry', cell: (server) => when(server.expires_at) },
    { label: 'Created', cell: (server) => when(server.created_at) },
    { label: 'Last used', cell: (server) => when(server.last_used_at) },
    { label: 'Status', cell: (server) => <span class="status active">{status(server, now)}</span> },
  ];
}

export function AccountServers({ accountId }: { accountId: string }) {
  const path = `integrated-account/${encodeURIComponent(accountId)}`;
  const account = useLoad(() => api<Account>('GET', path), [accountId]);
  const servers = useLoad(() => api<ListAnswer<McpServer>>('GET', `${path}/mcp?limit=100`), [accountId]);
  const [revoking, setRevoking] = useState<McpServer>();
  const [notice, setNotice] = useState<Outcome>();
  const revoke = async (server: McpServer) => {
    setNotice(
      await removal(() => api('DELETE', `${path}/mcp/${encodeURIComponent(server.id)}`), {
        done: `${server.name} was revoked: its URL is refused from now on.`,
        gone: `${server.name} was already revoked (perhaps in another tab); nothing else changed.`,
      }),
    );
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
          <RecordTable
            caption="MCP servers of this account"
            rows={servers.data.result}
            rowKey={(server) => server.id}
            rowProps={(server) => ({ 'data-server-id': server.id })}
            columns={serverColumns(now)}
            actions={(server) => (
              <>
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
              </>
            )}
          />
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
