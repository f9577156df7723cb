/**
 * `npm run demo` (test/demo/demo.ts): in-process through its exported runDemo(), and once as the
 * script itself (tsx), which must exit 0; a failing step must fail the demo with a clear reason.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../demo/demo.js';
import { SEED_FACTS } from '../sandbox/index.js';
import { startChild } from '../support/child.js';
import { childEnv, REPO as ROOT } from '../support/server.js';

const DEMO = fileURLToPath(new URL('../demo/demo.ts', import.meta.url));

function expectDemoOutput(output: string): void {
  // Each tool call is shown with its arguments.
  expect(output).toContain('call list_all_egnyte_users {"filter":"email eq \\"jsmith@company.com\\""}');
  expect(output).toMatch(/call update_an_egnyte_user_by_id \{"id":\d+,"active":false\}/);
  expect(output).toContain('call list_all_egnyte_groups {"filter":"displayName eq \\"External Agency\\""}');
  expect(output).toMatch(/→ found jsmith \(id \d+, power user, active\)/);
  // The report: the flagged admin and the deactivated user.
  expect(output).toMatch(/kai\.patel .*⚠ FLAGGED: admin/);
  expect(output).toContain('Flagged admin: kai.patel (Kai Patel)');
  expect(output).toMatch(/jsmith \(.*jsmith@company\.com, id \d+\): inactive, confirmed in the sandbox/);
  for (const member of SEED_FACTS.externalAgency.memberUserNames) {
    expect(output).toContain(member);
  }
  // Workflow 3: jsmith's deletions of last week found in the trash and restored.
  expect(output).toMatch(/call restore_egnyte_trash_items \{"ids":\["[^"]+","[^"]+","[^"]+"\]\}/);
  for (const path of SEED_FACTS.jsmithDeletedLastWeek) {
    expect(output).toMatch(
      new RegExp(
        `${path.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')} +\\d{4}-\\d{2}-\\d{2}  back, confirmed in the sandbox`,
      ),
    );
  }
  expect(output).toContain(`${SEED_FACTS.q3Contracts.path}: ${SEED_FACTS.q3Contracts.files} files`);
}

describe('npm run demo', () => {
  it('runDemo() runs the three workflows: flags kai.patel, deactivates jsmith, restores what jsmith deleted', async () => {
    const lines: string[] = [];
    const summary = await runDemo({ port: 0, log: (line) => lines.push(line) });
    expectDemoOutput(lines.join('\n'));
    expect(summary.audit.members).toHaveLength(3);
    expect(summary.audit.flagged.map((user) => user.userName)).toEqual([SEED_FACTS.externalAgency.adminMemberUserName]);
    expect(summary.offboarding.user).toMatchObject({ userName: 'jsmith', active: false });
    expect(summary.checkedInSandbox.active).toBe(false);
    expect(summary.restoredInSandbox.sort()).toEqual([...SEED_FACTS.jsmithDeletedLastWeek].sort());
  });

  it('a failing Egnyte call fails the demo with the reason', async () => {
    const lines: string[] = [];
    const run = runDemo({
      port: 0,
      log: (line) => lines.push(line),
      arrange: (sandbox) =>
        sandbox.faults.failNext(1, {
          status: 503,
          body: { errorMessage: 'Service temporarily unavailable' },
          pathPrefix: '/pubapi/v2/groups',
        }),
    });
    await expect(run).rejects.toThrow(/list_all_egnyte_groups failed: .*503/);
    // The offboarding before it had already run; no report is printed for a failed run.
    expect(lines.join('\n')).toContain('jsmith deactivated');
    expect(lines.join('\n')).not.toContain('Audit report');
  });

  it('as a script (what npm run demo runs after the build): prints the report and exits 0', async () => {
    const child = startChild(process.execPath, ['--import', 'tsx', DEMO], { cwd: ROOT, env: childEnv() });
    const code = await child.exited;
    const out = child.stdout();
    const err = child.stderr();
    expect(err).toBe('');
    expect(code).toBe(0);
    expectDemoOutput(out);
    expect(out).toContain('Demo finished');
  });
});
