/**
 * `serve` over HTTP, loaded by main.ts only for an HTTP start (main.ts starts loading it as soon as
 * the flags say HTTP, while it loads the settings): the OAuth front door, the default account's
 * plan, the HTTP server, the start-up summary, and the graceful shutdown on SIGTERM/SIGINT.
 */
import type { AuditStream } from '../calls/audit.js';
import type { ServingScope, ToolRuntime } from '../calls/runtime.js';
import type { ServerData } from '../data/tool-data.js';
import type { CliIo, ControlPlaneHandle, HostingModule } from '../hosting/contract.js';
import type { Logger } from '../ops/log.js';
import type { Metrics } from '../ops/metrics.js';
import { createRedactor } from '../security/redact.js';
import { deriveSealKeys } from '../security/sealed.js';
import { selectTools } from '../surface/filters.js';
import { startHttpServer } from '../transport/http/server.js';
import { planDefaultAccount } from './default-account.js';
import type { ServeSettings } from './settings.js';

const NO_SECRET =
  'MCP_SERVER_SECRET is not set, so sealed server URLs (/mcp/<token>) cannot be opened and are answered 404';

/** What main.ts's `serve` made before the transport: the logger, metrics, store and the tool runtime. */
export interface HttpStart {
  settings: ServeSettings;
  data: ServerData;
  hosting: HostingModule | undefined;
  io: CliIo;
  log: Logger;
  metrics: Metrics | undefined;
  control: ControlPlaneHandle | undefined;
  runtime: ToolRuntime;
  scope: ServingScope;
  auditSink: AuditStream;
  untilSignal: () => Promise<void>;
}

export async function serveOverHttp(start: HttpStart): Promise<number> {
  const { settings, data, hosting, io, log, metrics, control, runtime, scope } = start;
  const { command, secrets, apiTokens } = settings;
  const oauth = command.oauth ? hosting : undefined;
  const frontDoor = oauth ? await oauth.openOAuth(command, control, settings.hosting) : undefined;
  if (frontDoor && !frontDoor.ok) {
    io.err(`error: ${frontDoor.message}\n`);
    await control?.close();
    return 2;
  }
  const defaultAccount = oauth
    ? oauth.OAUTH_DEFAULT
    : planDefaultAccount({
        ...command,
        credentials: settings.credentials,
        toolCount: selectTools(data.tools, command.filter).length,
      });
  const sealKeys = deriveSealKeys(secrets, data.integration.name);
  const running = await startHttpServer(runtime, {
    host: command.host,
    port: command.port,
    scope,
    sealKeys,
    requireApiToken: command.requireApiToken,
    apiTokens,
    allowedOrigins: settings.allowedOrigins,
    onSealedWithoutSecret: () => log.warn(`refused a sealed URL: ${NO_SECRET}`),
    control,
    ...(defaultAccount.refusal ? { defaultRefusal: defaultAccount.refusal } : {}),
    allowedHosts: command.allowedHosts,
    ...(frontDoor?.ok ? { oauth: frontDoor.value } : {}),
    ops: {
      log,
      metrics,
      adminTokens: settings.adminTokens,
      redact: createRedactor([...apiTokens, ...secrets], { authorizationLike: true }),
    },
    ...(settings.ops.maxConnectionsPerAddress
      ? { limits: { maxConnectionsPerAddress: settings.ops.maxConnectionsPerAddress } }
      : {}),
  });
  control?.setListeningUrl(running.url);
  // The "listening on" line comes last, each line being its own log record: whoever waits for it
  // (a person, a supervisor, a test) has read the whole summary by then.
  const sealed =
    sealKeys.length > 0
      ? `stateless sealed URLs (${sealKeys.length} key${sealKeys.length > 1 ? 's' : ''})`
      : 'no sealed URLs (MCP_SERVER_SECRET unset)';
  const lines = [
    `${defaultAccount.line}`,
    `  /mcp/<token>: ${sealed}`,
    ...(control ? [`  /mcp/mcp_<token>: ${await control.describe()}`] : []),
    ...(command.allowedHosts.length > 0 ? [`  accepted Host names: ${command.allowedHosts.join(', ')}`] : []),
    ...(secrets.length === 0 ? [`note: ${NO_SECRET}`] : []),
    `${data.integration.packageName} listening on ${running.url}/mcp`,
  ];
  for (const line of lines) {
    log.info(line.trim());
  }
  await start.untilSignal();
  log.info(
    { in_flight: running.inFlight(), timeout_ms: settings.ops.shutdownTimeoutMs },
    'shutting down: draining requests in flight',
  );
  const drained = await running.shutdown(settings.ops.shutdownTimeoutMs);
  await control?.close();
  await start.auditSink.close();
  log.info(
    { drain_ms: drained.durationMs, cut_off: drained.cutOff },
    drained.finished ? 'drained; exiting' : 'drain timed out; exiting',
  );
  return 0;
}
