/**
 * The command-line entry: `main(argv, data, env)` parses flags, checks the environment, and runs
 * the stdio server, the HTTP server or `mint-url`. It returns an exit code; the generated bin sets
 * `process.exitCode` from it. Exit codes: 0 ok, 2 bad flags or settings.
 */
import { StdioServerTransport, serveStdio } from '@modelcontextprotocol/server/stdio';
import { createAuditSink } from '../calls/audit.js';
import { createToolRuntime, type ServingScope, type ToolRuntime } from '../calls/runtime.js';
import type { Outcome } from '../data/outcome.js';
import type { ServerData } from '../data/tool-data.js';
import { checkDataContract, versionText } from '../data/versions.js';
import type { CliIo, ControlPlaneHandle, HostingModule } from '../hosting/contract.js';
import { loadHosting } from '../hosting/load.js';
import { createServer } from '../mcp/server.js';
import { observeCalls } from '../ops/call-lines.js';
import { opsSettings } from '../ops/flags.js';
import { createLogger, defaultLogFormat, type Logger } from '../ops/log.js';
import { createRedactor } from '../security/redact.js';
import { deriveSealKeys, parseSecrets } from '../security/sealed.js';
import { checkFilter, selectTools } from '../surface/filters.js';
import { parseAllowedOrigins, parseApiTokens } from '../transport/http/guards.js';
import { createStdioTracker } from '../transport/stdio/drain.js';
import { guardFrames, MAX_FRAME_BYTES } from '../transport/stdio/frame-guard.js';
import { hasAnyCredentialSetting, resolveCredentials, type UpstreamCredentials } from '../upstream/credentials.js';
import { type AccessFlags, type Command, parseArgs } from './args.js';
import { planDefaultAccount } from './default-account.js';
import { mintServerUrl } from './mint-url.js';
import { usageText } from './usage.js';

type Env = Record<string, string | undefined>;

const NO_SECRET =
  'MCP_SERVER_SECRET is not set, so sealed server URLs (/mcp/<token>) cannot be opened and are answered 404';

export type { CliIo };

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * The default account's credentials. With --oauth, /mcp serves only signed-in users (the base URL
 * variable just steers their sign-in), so no token is asked for; with a store, the start-up summary
 * already says when there is no default account, so no warning repeats it.
 */
function startupCredentials(
  data: ServerData,
  env: Env,
  io: CliIo,
  serving: { oauth: boolean; store: boolean },
): Outcome<Outcome<UpstreamCredentials>> {
  const credentials = resolveCredentials(data.integration, env);
  if (serving.oauth) {
    return { ok: true, value: credentials };
  }
  if (!credentials.ok && hasAnyCredentialSetting(data.integration, env)) {
    return credentials;
  }
  if (!credentials.ok && !serving.store) {
    io.err(`warning: no upstream credentials (${credentials.message}); tool calls will fail until they are set\n`);
  }
  return { ok: true, value: credentials };
}

function accessProblems(data: ServerData, access: AccessFlags, env: Env): string[] {
  const problems = checkFilter(data, access.filter);
  if (access.requireApiToken && 'transport' in access && access.transport === 'stdio') {
    problems.push('--require-api-token applies to --transport http only: stdio has no Authorization header to check');
  }
  if (access.requireApiToken && parseApiTokens(env.MCP_API_TOKENS).length === 0) {
    problems.push('--require-api-token needs MCP_API_TOKENS (comma-separated tokens)');
  }
  return problems;
}

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
  const tracker = createStdioTracker(process.stdout);
  // The transport never sees stdin end (it would drop the answers still to come); we close it after the drain.
  const transport = new StdioServerTransport(frames.pipe(tracker.inbound, { end: false }), tracker.outbound, {
    maxBufferSize: 4 * MAX_FRAME_BYTES,
  });
  const handle = serveStdio(() => createServer(runtime, scope), { transport });
  await Promise.race([untilStdinEnds(), untilSignal()]);
  // Requests already read are still answered (the client may be waiting for them), up to the timeout.
  const inFlight = tracker.inFlight();
  const finished = await tracker.idle(shutdownTimeoutMs);
  if (inFlight > 0) {
    log.info(
      { in_flight: inFlight, finished },
      finished ? 'stdin ended; answered the requests in flight' : 'stdin ended; drain timed out',
    );
  }
  await handle.close();
}

async function serve(
  command: Extract<Command, { kind: 'serve' }>,
  data: ServerData,
  env: Env,
  io: CliIo,
): Promise<number> {
  const problems = accessProblems(data, command, env);
  const secrets = parseSecrets(env.MCP_SERVER_SECRET);
  problems.push(...secrets.problems);
  const origins = parseAllowedOrigins(env.MCP_ALLOWED_ORIGINS);
  problems.push(...origins.problems);
  const timeout = env.MCP_UPSTREAM_TIMEOUT_MS;
  if (timeout !== undefined && !/^[1-9]\d*$/.test(timeout)) {
    problems.push('MCP_UPSTREAM_TIMEOUT_MS must be a positive whole number');
  }
  const storeUrl = command.store ?? env.MCP_STORE_URL;
  // The hosting package is loaded only when a store or OAuth is asked for.
  let hosting: HostingModule | undefined;
  if (storeUrl !== undefined && command.transport !== 'http') {
    problems.push('--store (MCP_STORE_URL) applies to --transport http');
  } else if (command.transport === 'http' && (storeUrl !== undefined || command.oauth)) {
    const loaded = await loadHosting(storeUrl !== undefined ? '--store' : '--oauth');
    if (!loaded.ok) {
      problems.push(loaded.message);
    } else {
      hosting = loaded.value;
    }
    if (hosting && storeUrl !== undefined) {
      problems.push(...hosting.controlProblems(storeUrl, secrets.secrets));
    }
  }
  const credentials = startupCredentials(data, env, io, {
    oauth: command.transport === 'http' && command.oauth,
    store: storeUrl !== undefined && command.transport === 'http',
  });
  if (!credentials.ok) {
    problems.push(credentials.message);
  }
  const settings = opsSettings(env, problems);
  if (command.ops.metrics && command.transport !== 'http') {
    problems.push('--metrics applies to --transport http');
  }
  if (problems.length > 0 || !credentials.ok) {
    for (const problem of problems) {
      io.err(`error: ${problem}\n`);
    }
    return 2;
  }
  const log = createLogger({ level: command.ops.logLevel, format: command.ops.logFormat ?? defaultLogFormat() });
  // prom-client loads only with --metrics: stdio cold starts stay as they were.
  const metrics = command.ops.metrics
    ? (await import('../ops/metrics.js')).createMetrics(data.tools.map((tool) => tool.name))
    : undefined;
  let control: ControlPlaneHandle | undefined;
  if (hosting && storeUrl !== undefined && command.transport === 'http') {
    const opened = await hosting.openControlPlane({
      storeUrl,
      data,
      env,
      secrets: secrets.secrets,
      ops: {
        storeTimeoutMs: settings.storeTimeoutMs,
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
  const auditSink = createAuditSink(env.MCP_AUDIT_LOG);
  const apiTokens = parseApiTokens(env.MCP_API_TOKENS);
  const runtime = createToolRuntime(data, {
    audit: observeCalls(control ? control.audit(auditSink) : auditSink, log, metrics),
    timeoutMs: timeout === undefined ? undefined : Number(timeout),
    secrets: [...apiTokens, ...secrets.secrets],
  });
  const scope: ServingScope = {
    label: data.integration.packageName,
    filter: command.filter,
    expiresAt: command.expiresAt,
    credentials: credentials.value,
    surface: command.surface,
  };
  if (command.transport === 'stdio') {
    await serveOverStdio(runtime, scope, settings.shutdownTimeoutMs, log);
    await auditSink.close();
    return 0;
  }
  // Loaded only for HTTP: stdio cold starts skip the HTTP stack (node adapter, SSE transport).
  const { startHttpServer } = await import('../transport/http/server.js');
  const oauth = command.oauth ? hosting : undefined;
  const frontDoor = oauth ? await oauth.openOAuth(command, control, env) : undefined;
  if (frontDoor && !frontDoor.ok) {
    io.err(`error: ${frontDoor.message}\n`);
    await control?.close();
    return 2;
  }
  const defaultAccount = oauth
    ? oauth.OAUTH_DEFAULT
    : planDefaultAccount({
        ...command,
        credentials: credentials.value,
        toolCount: selectTools(data.tools, command.filter).length,
      });
  const sealKeys = deriveSealKeys(secrets.secrets, data.integration.name);
  const running = await startHttpServer(runtime, {
    host: command.host,
    port: command.port,
    scope,
    sealKeys,
    requireApiToken: command.requireApiToken,
    apiTokens,
    allowedOrigins: origins.origins,
    onSealedWithoutSecret: () => log.warn(`refused a sealed URL: ${NO_SECRET}`),
    control,
    ...(defaultAccount.refusal ? { defaultRefusal: defaultAccount.refusal } : {}),
    allowedHosts: command.allowedHosts,
    ...(frontDoor?.ok ? { oauth: frontDoor.value } : {}),
    ops: {
      log,
      metrics,
      adminTokens: parseApiTokens(env.MCP_ADMIN_TOKENS),
      redact: createRedactor([...apiTokens, ...secrets.secrets], { authorizationLike: true }),
    },
    ...(settings.maxConnectionsPerAddress
      ? { limits: { maxConnectionsPerAddress: settings.maxConnectionsPerAddress } }
      : {}),
  });
  control?.setListeningUrl(running.url);
  // One write: whoever waits for "listening on" sees the whole summary with it.
  const sealed =
    sealKeys.length > 0
      ? `stateless sealed URLs (${sealKeys.length} key${sealKeys.length > 1 ? 's' : ''})`
      : 'no sealed URLs (MCP_SERVER_SECRET unset)';
  const lines = [
    `${data.integration.packageName} listening on ${running.url}/mcp`,
    `  ${defaultAccount.line}`,
    `  /mcp/<token>: ${sealed}`,
    ...(control ? [`  /mcp/mcp_<token>: ${await control.describe()}`] : []),
    ...(command.allowedHosts.length > 0 ? [`  accepted Host names: ${command.allowedHosts.join(', ')}`] : []),
    ...(secrets.secrets.length === 0 ? [`note: ${NO_SECRET}`] : []),
  ];
  for (const line of lines) {
    log.info(line.trim());
  }
  await untilSignal();
  log.info(
    { in_flight: running.inFlight(), timeout_ms: settings.shutdownTimeoutMs },
    'shutting down: draining requests in flight',
  );
  const drained = await running.shutdown(settings.shutdownTimeoutMs);
  await control?.close();
  await auditSink.close();
  log.info(
    { drain_ms: drained.durationMs, cut_off: drained.cutOff },
    drained.finished ? 'drained; exiting' : 'drain timed out; exiting',
  );
  return 0;
}

async function runControlVerb(
  command: Extract<Command, { kind: 'control' }>,
  data: ServerData,
  env: Env,
  io: CliIo,
): Promise<number> {
  const hosting = await loadHosting(`${command.verb}`);
  if (!hosting.ok) {
    io.err(`error: ${hosting.message}\n`);
    return 2;
  }
  return hosting.value.runControlCommand(command, data, env, io);
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
    if (command.kind === 'mint-url') {
      return mintServerUrl(command, data, env, io);
    }
    if (command.kind === 'control') {
      return await runControlVerb(command, data, env, io);
    }
    return await serve(command, data, env, io);
  } catch (error) {
    io.err(`error: ${(error as Error).message}\n`);
    return 1;
  }
}
