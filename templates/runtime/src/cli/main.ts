/**
 * The command-line entry: `main(argv, data, env)` parses the flags (args.ts), loads the settings
 * (settings.ts, the only reader of the environment), and runs the stdio server (serve-stdio.ts),
 * the HTTP server (serve-http.ts), `mint-url` or a verb, each loaded only when used. It returns an
 * exit code; the generated bin sets `process.exitCode` from it. Exit codes: 0 ok, 2 bad flags or settings.
 */
import { type AuditStream, createAuditSink } from '../calls/audit.js';
import { createToolRuntime, type ServingScope } from '../calls/runtime.js';
import type { ServerData } from '../data/tool-data.js';
import { checkDataContract, versionText } from '../data/versions.js';
import type { CliIo, ControlPlaneHandle, HostingModule } from '../hosting/contract.js';
import { observeCalls } from '../ops/call-lines.js';
import { createLogger, defaultLogFormat } from '../ops/log.js';
import { type Command, parseArgs } from './args.js';
import { type Env, hostingNeed, loadSettings, type ServeSettings } from './settings.js';

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

/** A start's transport module (serve-stdio.ts or serve-http.ts), loading from the moment the flags name the transport. */
interface Transports {
  stdio?: Promise<typeof import('./serve-stdio.js')>;
  http?: Promise<typeof import('./serve-http.js')>;
}

/** Starts loading the module of the transport `command` serves, so it loads while the settings are read. */
function loadTransport(command: Command): Transports {
  if (command.kind !== 'serve') {
    return {};
  }
  const loading: Transports =
    command.transport === 'http' ? { http: import('./serve-http.js') } : { stdio: import('./serve-stdio.js') };
  // Awaited when serving; a start that ends before that (bad settings) leaves it unawaited.
  void loading.http?.catch(() => undefined);
  void loading.stdio?.catch(() => undefined);
  return loading;
}

/**
 * Runs the server until stdin ends (stdio) or a signal (HTTP). Each transport's part is its own
 * module, loaded for that transport only (an HTTP start loads no stdio transport, and the other way round).
 */
async function serve(
  settings: ServeSettings,
  data: ServerData,
  hosting: HostingModule | undefined,
  io: CliIo,
  transports: Transports,
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
  const auditSink: AuditStream = createAuditSink(settings.auditLog);
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
    const { serveOverStdio } = await (transports.stdio ?? import('./serve-stdio.js'));
    await serveOverStdio(runtime, scope, { shutdownTimeoutMs: settings.ops.shutdownTimeoutMs, log, untilSignal });
    await auditSink.close();
    return 0;
  }
  const { serveOverHttp } = await (transports.http ?? import('./serve-http.js'));
  return serveOverHttp({ settings, data, hosting, io, log, metrics, control, runtime, scope, auditSink, untilSignal });
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
    io.out((await import('./usage.js')).usageText(data));
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
  const transports = loadTransport(command);
  try {
    // The hosting package is loaded only when a store, OAuth or a verb asks for it.
    const need = hostingNeed(command, env);
    const hosting = need === undefined ? undefined : await (await import('../hosting/load.js')).loadHosting(need);
    const loaded = loadSettings({ argv, command, env, data, ...(hosting ? { hosting } : {}) });
    printProblems(io, loaded.warnings, 'warning');
    if (!loaded.ok) {
      printProblems(io, loaded.problems, 'error');
      return 2;
    }
    const settings = loaded.settings;
    const module = hosting?.ok ? hosting.value : undefined;
    if (settings.kind === 'mint-url') {
      return (await import('./mint-url.js')).mintServerUrl(settings, data, io);
    }
    if (settings.kind === 'control') {
      // loadSettings refuses a verb without the hosting package, so the module is there.
      return module ? await module.runControlCommand(settings, data, io) : 2;
    }
    return await serve(settings, data, module, io, transports);
  } catch (error) {
    io.err(`error: ${(error as Error).message}\n`);
    return 1;
  }
}
