/** A server's call log: time, tool, outcome, upstream status and duration (no arguments, no secrets). */
import { useState } from 'preact/hooks';
import type { LogEntry, McpServer } from '../../wire/types.js';
import { api, asApiError, type ListAnswer } from './api.js';
import { when } from './format.js';
import { href } from './router.js';
import { filters } from './servers.js';
import { useLoad } from './use-load.js';
import { FormError } from './widgets.js';

export function ServerLogs({ accountId, serverId }: { accountId: string; serverId: string }) {
  const path = `integrated-account/${encodeURIComponent(accountId)}/mcp/${encodeURIComponent(serverId)}`;
  const server = useLoad(() => api<McpServer>('GET', path), [path]);
  const [more, setMore] = useState<LogEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const first = useLoad(async () => {
    const page = await api<ListAnswer<LogEntry>>('GET', `${path}/logs?limit=50`);
    setMore([]);
    setCursor(page.next_cursor);
    return page.result;
  }, [path]);
  const [error, setError] = useState<string>();
  const loadMore = async () => {
    try {
      const page = await api<ListAnswer<LogEntry>>(
        'GET',
        `${path}/logs?limit=50&cursor=${encodeURIComponent(cursor ?? '')}`,
      );
      setMore([...more, ...page.result]);
      setCursor(page.next_cursor);
    } catch (caught) {
      setError(asApiError(caught).message);
    }
  };
  const rows = [...(first.data ?? []), ...more];
  return (
    <main>
      <p class="breadcrumb">
        <a href={href.account(accountId)}>MCP servers</a> /
      </p>
      <h1>Call log{server.data ? `: ${server.data.name}` : ''}</h1>
      {server.data && <p class="hint">{filters(server.data)}</p>}
      <FormError message={server.error ?? first.error ?? error} />
      {first.data && rows.length === 0 && <p>No calls yet.</p>}
      {rows.length > 0 && (
        <table>
          <caption class="visually-hidden">Tool calls, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Tool</th>
              <th scope="col">Outcome</th>
              <th scope="col">Upstream status</th>
              <th scope="col">Duration</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.time}-${i}`}>
                <td data-label="Time">{when(row.time)}</td>
                <td data-label="Tool">
                  <code>{row.tool}</code>
                </td>
                <td data-label="Outcome">
                  <span class={`status ${row.outcome}`}>{row.outcome}</span>
                </td>
                <td data-label="Upstream status">{row.upstream_status ?? '–'}</td>
                <td data-label="Duration">{row.duration_ms} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor !== null && (
        <button type="button" class="secondary" onClick={loadMore}>
          Load older calls
        </button>
      )}
    </main>
  );
}
