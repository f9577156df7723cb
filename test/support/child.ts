/**
 * The one way tests start a child process that keeps running (a server, the sandbox): its output
 * recorded, awaitable matches on it (woken by the output itself, never by polling a clock), one
 * timeout policy, and one way to stop it. Every child is registered until it exits, and whatever a
 * test leaves running is killed by pid when this process exits, so no run leaks servers.
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** How long a child may take to print what the test waits for (a fail-safe, never an assertion). */
export const START_TIMEOUT_MS = 30_000;
/** How long a child has to exit after SIGTERM before it gets SIGKILL. */
export const STOP_GRACE_MS = 3_000;

export type Env = Record<string, string>;
export type Stream = 'stdout' | 'stderr';

export interface Child {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in everything the stream has printed so far or prints next. */
  waitFor(pattern: RegExp, stream?: Stream): Promise<RegExpExecArray>;
  /** Resolves once `holds` is true of what the stream has printed, checked at each new chunk. */
  waitUntil(holds: (text: string) => boolean, stream?: Stream): Promise<void>;
  /** Stops recording (a benchmark's child prints a line a call; reading them must cost nothing). */
  discardOutput(): void;
  /** The exit code (null after a signal), once the child has exited and its output is all read. */
  exited: Promise<number | null>;
  /**
   * Asks the child to stop (SIGTERM; with `endInput`, the end of its stdin, as a stdio server is
   * asked), then SIGKILL after STOP_GRACE_MS; resolves once the child has exited.
   */
  stop(how?: { endInput?: boolean }): Promise<void>;
}

export interface ChildOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Pipe stdin (raw stdio frames); otherwise it is closed. */
  stdin?: boolean;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) {
    if (child.pid !== undefined) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});

/** Whether the child has already exited (its exit event fired or is due). */
function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** What a stream has printed, with waits that each new chunk (or the stream's end) wakes. */
export class Printed {
  text = '';
  private ended: string | undefined;
  private readonly wakers = new Set<() => void>();

  add(chunk: string): void {
    this.text += chunk;
    this.wake();
  }

  /** No more output will come (`why`: the exit code, for the message). */
  end(why: string): void {
    this.ended = why;
    this.wake();
  }

  /** The first match of `pattern` in what was printed or is printed next; `who` names the writer in errors. */
  waitFor(pattern: RegExp, who: string): Promise<RegExpExecArray> {
    return this.waitUntil((text) => pattern.exec(text), String(pattern), who);
  }

  /** The first answer of `find` (called on the text so far at each new chunk) that is not null. */
  waitUntil<T>(find: (text: string) => T | null, what: string, who: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const finish = (result: { found: T } | Error) => {
        this.wakers.delete(check);
        clearTimeout(timer);
        result instanceof Error ? reject(result) : resolve(result.found);
      };
      const check = () => {
        const found = find(this.text);
        if (found !== null) {
          finish({ found });
        } else if (this.ended !== undefined) {
          finish(new Error(`${who} ended (${this.ended}) before printing ${what}:\n${this.text.slice(-4000)}`));
        }
      };
      const timer = setTimeout(
        () =>
          finish(new Error(`${who} did not print ${what} within ${START_TIMEOUT_MS} ms:\n${this.text.slice(-4000)}`)),
        START_TIMEOUT_MS,
      );
      this.wakers.add(check);
      check();
    });
  }

  private wake(): void {
    for (const waker of [...this.wakers]) {
      waker();
    }
  }
}

/** A yes/no test as a `waitUntil` finder. */
export function truth(holds: (text: string) => boolean): (text: string) => true | null {
  return (text) => (holds(text) ? true : null);
}

export function startChild(command: string, args: string[], options: ChildOptions): Child {
  const child = spawn(command, args, {
    env: options.env,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const who = args.filter((arg) => !arg.startsWith('-')).pop() ?? command;
  const printed = { stdout: new Printed(), stderr: new Printed() };
  let recording = true;
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code, signal) => {
      running.delete(child);
      printed.stdout.end(`exit ${code ?? signal}`);
      printed.stderr.end(`exit ${code ?? signal}`);
      resolve(code);
    }),
  );
  child.once('error', (error) => {
    printed.stdout.end(error.message);
    printed.stderr.end(error.message);
  });
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]?.on('data', (chunk: Buffer) => {
      if (recording) {
        printed[stream].add(chunk.toString('utf8'));
      }
    });
  }
  return {
    child,
    pid: child.pid ?? 0,
    stdout: () => printed.stdout.text,
    stderr: () => printed.stderr.text,
    waitFor: (pattern, stream = 'stderr') => printed[stream].waitFor(pattern, who),
    waitUntil: async (holds, stream = 'stderr') =>
      void (await printed[stream].waitUntil(truth(holds), 'what the test waits for', who)),
    discardOutput() {
      recording = false;
      printed.stdout.text = '';
      printed.stderr.text = '';
    },
    exited,
    async stop(how = {}) {
      if (hasExited(child)) {
        await exited;
        return;
      }
      if (how.endInput && child.stdin) {
        child.stdin.end();
      } else {
        child.kill('SIGTERM');
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Stops a child started elsewhere (the SDK's stdio transport) by the same policy. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (hasExited(child)) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
