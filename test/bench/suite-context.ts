/**
 * (5) Context cost: the tools/list answer of the built server, as a client receives it, counted
 * with a real tokenizer (o200k_base, the GPT-4o / GPT-5 family encoding) for each way of serving
 * a slice of the tools. Discovery mode is measured when the built server offers it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { PeerSlot } from './bench.js';
import { connectStdio, generatedProgram, type Program, programEnv } from './processes.js';

export interface ContextRow {
  name: string;
  args: string[];
  tools: number;
  bytes: number;
  tokens: number;
  /** Tokens of the model-facing part (name, title, description, inputSchema: no outputSchema, no annotations). */
  modelTokens: number;
  /** What a ~4 characters per token estimate says, for comparison. */
  estimate: number;
}

export interface ContextResult {
  tokenizer: 'o200k_base';
  rows: ContextRow[];
  skipped: Array<{ name: string; reason: string }>;
}

const CASES: Array<{ name: string; args: string[]; flag?: string }> = [
  { name: 'full server', args: [] },
  { name: 'read-only (--methods read)', args: ['--methods', 'read'] },
  { name: 'users+groups (--tags users,groups)', args: ['--tags', 'users,groups'] },
  { name: 'discovery (--tool-exposure discovery)', args: ['--tool-exposure', 'discovery'], flag: '--tool-exposure' },
];

const UPSTREAM = { baseUrl: 'http://127.0.0.1:9', token: 'bench-context' };

async function measure(name: string, program: Program, args: string[]): Promise<ContextRow> {
  const connection = await connectStdio(program, programEnv(program, UPSTREAM), args);
  try {
    const answer = await connection.client.listTools();
    const text = JSON.stringify({ tools: answer.tools });
    const modelFacing = answer.tools.map(({ name: tool, title, description, inputSchema }) => ({
      name: tool,
      title,
      description,
      inputSchema,
    }));
    return {
      name,
      args,
      tools: answer.tools.length,
      bytes: Buffer.byteLength(text),
      tokens: countTokens(text),
      modelTokens: countTokens(JSON.stringify({ tools: modelFacing })),
      estimate: Math.ceil(text.length / 4),
    };
  } finally {
    await connection.close();
  }
}

export async function runContextSuite(log: (line: string) => void, peer?: PeerSlot): Promise<ContextResult> {
  const program = generatedProgram();
  const { stdout: help } = await promisify(execFile)(process.execPath, [program.script, '--help'], {
    env: programEnv(program, UPSTREAM),
  });
  const rows: ContextRow[] = [];
  const skipped: ContextResult['skipped'] = [];
  for (const item of CASES) {
    if (item.flag && !help.includes(item.flag)) {
      skipped.push({ name: item.name, reason: `the built server has no ${item.flag} (not on this branch yet)` });
      continue;
    }
    rows.push(await measure(item.name, program, item.args));
  }
  if (peer?.program) {
    rows.push(await measure(`peer (${peer.name})`, peer.program, []));
  } else {
    skipped.push({ name: 'peer', reason: peer && 'reason' in peer ? peer.reason : 'not prepared' });
  }
  log('  context: done');
  return { tokenizer: 'o200k_base', rows, skipped };
}
