/**
 * The command-line entry: `main(argv, data, env)` loads the settings (settings.ts, the only reader
 * of argv and the environment), and runs the stdio server, the HTTP server, `mint-url` or a verb. It returns an exit code; the generated bin sets
 * `process.exitCode` from it. Exit codes: 0 ok, 2 bad flags or settings.
 */
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { createAuditSink } from '../calls/audit.js';
import { createToolRuntime, type ServingScope, type ToolRuntime } from '../calls/runtime.js';
import type { ServerData } from '../data/tool-data.js';
import { checkDataContract, versionText } from '../data/versions.js';
import type { CliIo, ControlPlaneHandle, HostingModule } from '../hosting/contract.js';
import { loadHosting } from '../hosting/load.js';
import { createServer } from '../mcp/server.js';
import { observeCalls } from '../ops/call-lines.js';
import { createLogger, defaultLogFormat, type Logger } from '../ops/log.js';
import { createRedactor } from '../security/redact.js';
import { deriveSealKeys } from '../security/sealed.js';
import { selectTools } from '../surface/filters.js';
import { guardFrames } from '../transport/stdio/frame-guard.js';
import { StdioLineTransport } from '../transport/stdio/line-transport.js';
import { parseArgs } from './args.js';
import { planDefaultAccount } from './default-account.js';
import { mintServerUrl } from './mint-url.js';
import { type Env, hostingNeed, loadSettings, type ServeSettings } from './settings.js';
import { usageText } from './usage.js';

const NO_SECRET =
  'MCP_SERVER_SECRET is not set, so sealed server URLs (/mcp/<token>) cannot be opened and are answered 404';

export type { CliIo };

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Resolves when SIGINT or SIGTERM arrives (the HTTP server then closes its connections). */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Resolves when the client closes our stdin (the stdio binding's "exit promptly" rule). */
function untilStdinEnds(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.once('end', resolve);
    process.stdin.once('close', resolve);
  });
}

/** stdio for both protocol eras: the SDK's `serveStdio` pins each connection to the era its opening message speaks. */
async function serveOverStdio(
  runtime: ToolRuntime,
  scope: ServingScope,
  shutdownTimeoutMs: number,
  log: Logger,
): Promise<void> {
  // The guard answers oversize, non-JSON and invalid frames itself; only sound lines reach the SDK.
  const frames = guardFrames(process.stdin, {
    reply: (message) => process.stdout.write(`${JSON.stringify(message)}\n`),
  });
  // The transport never sees stdin end (it would drop the answers still to come); we close it after the drain.
  const transport = new StdioLineTransport(frames, process.stdout);
  const handle = serveStdio(() => createServer(runtime, scope), { transport });
  await Promise.race([untilStdinEnds(), untilSignal()]);
  // Requests already read are still answered (the client may be waiting for them), up to the timeout.
  const inFlight = transport.inFlight();
  const finished = await transport.idle(shutdownTimeoutMs);
  if (inFlight > 0) {
    log.info(
      { in_flight: inFlight, finished },
      finished ? 'stdin ended; answered the requests in flight' : 'stdin ended; drain timed out',
    );
  }
  await handle.close();
}

async function serve(
  settings: ServeSettings,
  data: ServerData,
  hosting: HostingModule | undefined,
  io: CliIo,
): Promise<number> {
  const { command, storeUrl, secrets, apiTokens } = settings;
  const log = createLogger({ level: command.ops.logLevel, format: command.ops.logFormat ?? defaultLogFormat() });
  // prom-client loads only with --metrics: stdio cold starts stay as they were.
  const metrics = command.ops.metrics
    ? (await import('../ops/metrics.js')).createMetrics(data.tools.map((tool) => tool.name))
    : undefined;
  let control: ControlPlaneHandle | undefined;
  if (hosting && storeUrl !== undefined) {
    const opened = await hosting.openControlPlane({
      storeUrl,
      data,
      settings: settings.hosting,
      secrets,
      ops: {
        storeTimeoutMs: settings.ops.storeTimeoutMs,
        onStoreUnavailable: () => metrics?.recordStoreError(),
        retentionDays: command.ops.retentionDays,
        log,
      },
    });
    if (!opened.ok) {
      io.err(`error: ${opened.message}\n`);
      return 2;
    }
    control = opened.value;
  }
  const auditSink = createAuditSink(settings.auditLog);
  const runtime = createToolRuntime(data, {
    audit: observeCalls(control ? control.audit(auditSink) : auditSink, log, metrics),
    timeoutMs: settings.upstreamTimeoutMs,
    secrets: [...apiTokens, ...secrets],
  });
  const scope: ServingScope = {
    label: data.integration.packageName,
    filter: command.filter,
    expiresAt: command.expiresAt,
    credentials: settings.credentials,
    surface: command.surface,
  };
  if (command.transport === 'stdio') {
    await serveOverStdio(runtime, scope, settings.ops.shutdownTimeoutMs, log);
    await auditSink.close();
    return 0;
  }
  // Loaded only for HTTP: stdio cold starts skip the HTTP stack (node adapter, SSE transport).
  const { startHttpServer } = await import('../transport/http/server.js');
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
  await untilSignal();
  log.info(
    { in_flight: running.inFlight(), timeout_ms: settings.ops.shutdownTimeoutMs },
    'shutting down: draining requests in flight',
  );
  const drained = await running.shutdown(settings.ops.shutdownTimeoutMs);
  await control?.close();
  await auditSink.close();
  log.info(
    { drain_ms: drained.durationMs, cut_off: drained.cutOff },
    drained.finished ? 'drained; exiting' : 'drain timed out; exiting',
  );
  return 0;
}

function printProblems(io: CliIo, lines: readonly string[], prefix: string): void {
  for (const line of lines) {
    io.err(`${prefix}: ${line}\n`);
  }
}

export async function main(
  argv: string[],
  data: ServerData,
  env: Env = process.env,
  io: CliIo = processIo,
): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`error: ${parsed.message}\nRun ${data.integration.packageName} --help for usage.\n`);
    return 2;
  }
  const command = parsed.value;
  if (command.kind === 'help') {
    io.out(usageText(data));
    return 0;
  }
  if (command.kind === 'version') {
    io.out(versionText(data));
    return 0;
  }
  const contract = checkDataContract(data);
  if (!contract.ok) {
    io.err(`error: ${contract.message}\n`);
    return 2;
  }
  try {
    // The hosting package is loaded only when a store, OAuth or a verb asks for it.
    const need = hostingNeed(command, env);
    const hosting = need === undefined ? undefined : await loadHosting(need);
    const loaded = loadSettings({ argv, env, data, ...(hosting ? { hosting } : {}) });
    printProblems(io, loaded.warnings, 'warning');
    if (!loaded.ok) {
      printProblems(io, loaded.problems, 'error');
      return 2;
    }
    const settings = loaded.settings;
    const module = hosting?.ok ? hosting.value : undefined;
    if (settings.kind === 'mint-url') {
      return mintServerUrl(settings, data, io);
    }
    if (settings.kind === 'control') {
      // loadSettings refuses a verb without the hosting package, so the module is there.
      return module ? await module.runControlCommand(settings, data, io) : 2;
    }
    return await serve(settings, data, module, io);
  } catch (error) {
    io.err(`error: ${(error as Error).message}\n`);
    return 1;
  }
}
