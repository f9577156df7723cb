/**
 * One generator run in a fresh process, timed from inside: `node --import tsx generator-child.ts
 * <write|check> <specsRoot> <outRoot> <integration>` prints one JSON line:
 * `{ bootMs, loadMs, workMs, ownCpuMs, exitCode, tools, changes }`, where bootMs is Node plus the
 * tsx loader up to this file, loadMs the import of the generator's modules, workMs the run() call,
 * and ownCpuMs the CPU time (all threads of this process) of module load plus run(). The optional
 * fifth argument is the emit cache folder (generator/emit/emit-cache.ts), or `off`.
 */
const bootMs = performance.now();
const [mode, specsRoot, outRoot, integration, cache] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !specsRoot || !outRoot || !integration) {
  console.error('usage: generator-child.ts <write|check> <specsRoot> <outRoot> <integration> [emit cache dir | off]');
  process.exit(2);
}
const cpuStart = process.cpuUsage();
const loadStart = performance.now();
const { run } = await import('../../generator/run.js');
const loadMs = performance.now() - loadStart;
const workStart = performance.now();
const result = await run({
  specsRoot,
  outRoot,
  mode,
  only: [integration],
  ...(cache ? { emitCache: cache === 'off' ? false : cache } : {}),
});
const workMs = performance.now() - workStart;
const cpu = process.cpuUsage(cpuStart);
const ownCpuMs = (cpu.user + cpu.system) / 1000;
const tools = result.plans.reduce((sum, plan) => sum + plan.tools.length, 0);
console.log(
  JSON.stringify({
    bootMs,
    loadMs,
    workMs,
    ownCpuMs,
    exitCode: result.exitCode,
    tools,
    changes: result.changes.length,
    diagnostics: result.diagnostics.slice(0, 5),
  }),
);
