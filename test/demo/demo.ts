/**
 * `npm run demo`: the generated Egnyte MCP server doing three real admin jobs against the local
 * Egnyte sandbox, through the official MCP SDK Client, step by step.
 *
 *   1. starts the sandbox (a fake Egnyte tenant) in this process, on port 4010 if free;
 *   2. starts the built server (generated/egnyte-mcp-server/dist/cli.js) over stdio, pointed at it;
 *   3. offboards jsmith@company.com, audits the group "External Agency", then restores what
 *      jsmith deleted before leaving (the "Q3 contracts" folder among it);
 *   4. prints a report and checks the offboarding and the restore directly in the sandbox.
 *
 * `runDemo()` is exported for the test (test/e2e/demo.test.ts); run as a script it exits 0 on
 * success and 1, with the reason, on failure.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { DEFAULT_PORT, type Sandbox, SEED_FACTS, startSandbox } from '../sandbox/index.js';
import { type RestoreResult, restoreDeleted } from './restore.js';
import {
  type AuditResult,
  auditGroup,
  fullName,
  type Log,
  type OffboardingResult,
  offboard,
  roleOf,
  type User,
} from './workflows.js';

const CLI = fileURLToPath(new URL('../../generated/egnyte-mcp-server/dist/cli.js', import.meta.url));

export interface DemoOptions {
  /** Where lines go; default console.log. */
  log?: Log;
  /** Sandbox port; default 4010, or any free port when 4010 is taken. 0: any free port. */
  port?: number;
  /** Called once the sandbox is up, before the server starts (tests use it to inject faults). */
  arrange?: (sandbox: Sandbox) => void;
}

export interface DemoSummary {
  audit: AuditResult;
  offboarding: OffboardingResult;
  /** The offboarded user as the sandbox itself serves it afterwards (plain HTTP, not MCP). */
  checkedInSandbox: User;
  restore: RestoreResult;
  /** Paths the restore brought back, as the sandbox itself serves them afterwards (plain HTTP). */
  restoredInSandbox: string[];
}

/** "Left last week": the restore looks at deletions of the last 14 days of the sandbox clock. */
const LOOK_BACK_MS = 14 * 86_400_000;

async function startSandboxOn(port: number): Promise<Sandbox> {
  try {
    return await startSandbox({ port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) {
      throw error;
    }
    return startSandbox({ port: 0 });
  }
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

function printReport(log: Log, audit: AuditResult, offboarding: OffboardingResult, checked: User): void {
  log('Audit report');
  log('------------');
  log(`Group:   ${audit.group.displayName} (${audit.group.id})`);
  log(`Members: ${audit.members.length}`);
  const rows = [
    ['user', 'name', 'role', 'status', ''],
    ...audit.members.map((user) => [
      user.userName ?? '?',
      fullName(user),
      roleOf(user),
      user.active ? 'active' : 'inactive',
      user.userType === 'admin' ? '⚠ FLAGGED: admin in this group' : '',
    ]),
  ];
  for (const line of table(rows)) {
    log(`  ${line}`);
  }
  const flagged = audit.flagged.map((user) => `${user.userName} (${fullName(user)})`);
  log(`Flagged admin${flagged.length === 1 ? '' : 's'}: ${flagged.join(', ') || 'none'}`);
  log('');
  log('Offboarding result');
  log('------------------');
  const user = offboarding.user;
  log(
    `${user.userName} (${fullName(user)}, ${user.email}, id ${user.id}): ${checked.active ? 'STILL ACTIVE' : 'inactive'}, confirmed in the sandbox`,
  );
  log(`Groups kept for the record: ${offboarding.groups.join(', ') || 'none'}`);
}

function printRestore(log: Log, restore: RestoreResult, confirmed: string[]): void {
  log('');
  log('Restore result');
  log('--------------');
  const rows = [
    ['type', 'path', 'deleted', ''],
    ...restore.restored.map((item) => [
      item.type ?? '?',
      item.path ?? '?',
      item.delete_date?.slice(0, 10) ?? '?',
      confirmed.includes(item.path ?? '') ? 'back, confirmed in the sandbox' : 'NOT FOUND in the sandbox',
    ]),
  ];
  for (const line of table(rows)) {
    log(`  ${line}`);
  }
  for (const folder of restore.folders) {
    log(`${folder.path}: ${folder.files} files`);
  }
}

/** Which of the restored paths the sandbox serves again, asked over plain HTTP. */
async function confirmRestored(sandbox: Sandbox, restore: RestoreResult): Promise<string[]> {
  const confirmed: string[] = [];
  for (const path of restore.restored.map((item) => item.path ?? '')) {
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const response = await fetch(`${sandbox.baseUrl}/pubapi/v1/fs${encoded}?list_content=false`, {
      headers: { Authorization: `Bearer ${sandbox.token}` },
    });
    if (response.status === 200) {
      confirmed.push(path);
    }
  }
  return confirmed;
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!existsSync(CLI)) {
    throw new Error(`the server is not built (${relative(process.cwd(), CLI)} is missing): run \`npm run build\``);
  }

  const sandbox = await startSandboxOn(options.port ?? DEFAULT_PORT);
  options.arrange?.(sandbox);
  let serverErrors = '';
  const client = new Client({ name: 'egnyte-demo', version: '1.0.0' });
  try {
    log('Egnyte MCP server demo');
    log('======================');
    log(`Sandbox Egnyte tenant: ${sandbox.baseUrl} (${sandbox.state.users.size} users, seeded demo data)`);
    log(
      `MCP server: node ${relative(process.cwd(), CLI)} over stdio, with EGNYTE_BASE_URL and EGNYTE_ACCESS_TOKEN set`,
    );

    // The server reads its Egnyte connection from the environment; nothing else is passed on.
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI],
      env: { PATH: process.env.PATH ?? '', EGNYTE_BASE_URL: sandbox.baseUrl, EGNYTE_ACCESS_TOKEN: sandbox.token },
      stderr: 'pipe', // one audit line per tool call; kept for the error message if something fails
    });
    transport.stderr?.on('data', (chunk: Buffer) => (serverErrors = (serverErrors + chunk.toString()).slice(-4000)));
    await client.connect(transport);
    const { tools } = await client.listTools();
    log(`Connected: ${client.getServerVersion()?.name ?? 'server'} offers ${tools.length} tools`);
    log('');

    const offboarding = await offboard(client, SEED_FACTS.jsmith.email, log);
    const audit = await auditGroup(client, SEED_FACTS.externalAgency.displayName, log);
    const restore = await restoreDeleted(
      client,
      SEED_FACTS.jsmith.email,
      new Date(sandbox.clock.now() - LOOK_BACK_MS),
      log,
    );

    // Trust, but verify: ask the sandbox directly, not through the MCP server.
    const response = await fetch(`${sandbox.baseUrl}/pubapi/v2/users/${offboarding.user.id}`, {
      headers: { Authorization: `Bearer ${sandbox.token}` },
    });
    if (response.status !== 200) {
      throw new Error(`the sandbox answered ${response.status} for user ${offboarding.user.id}`);
    }
    const checkedInSandbox = (await response.json()) as User;
    printReport(log, audit, offboarding, checkedInSandbox);
    const restoredInSandbox = await confirmRestored(sandbox, restore);
    printRestore(log, restore, restoredInSandbox);
    if (checkedInSandbox.active) {
      throw new Error(`${checkedInSandbox.userName} is still active in the sandbox`);
    }
    if (restoredInSandbox.length !== restore.restored.length) {
      throw new Error('a restored item is not back in the sandbox');
    }
    return { audit, offboarding, checkedInSandbox, restore, restoredInSandbox };
  } catch (error) {
    const tail = serverErrors.trim().split('\n').slice(-5).join('\n');
    if (tail !== '' && error instanceof Error) {
      error.message += `\nlast server output:\n${tail}`;
    }
    throw error;
  } finally {
    await client.close().catch(() => undefined);
    await sandbox.close();
  }
}

const isScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isScript) {
  runDemo().then(
    () => {
      console.log('\nDemo finished: all three workflows ran against the sandbox.');
      process.exitCode = 0;
    },
    (error: unknown) => {
      console.error(`\nDemo failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
