/**
 * The shell commands of a README, in a form a test can run: ```sh blocks, continuation lines
 * joined, comments dropped, each command split into leading VAR=value settings and its words.
 */
export interface ReadmeCommand {
  /** The line as the README shows it (continuations joined). */
  text: string;
  env: Record<string, string>;
  words: string[];
}

/** Every command line of the ```sh blocks, in order. */
export function shellCommands(markdown: string): ReadmeCommand[] {
  const commands: ReadmeCommand[] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const joined = block[1]!.replace(/\\\n\s*/g, ' ');
    for (const raw of joined.split('\n')) {
      const text = withoutComment(raw).trim();
      if (text) {
        commands.push(parse(text));
      }
    }
  }
  return commands;
}

/** The one command whose text starts with `prefix` (after any VAR=value settings); it must exist. */
export function commandStarting(commands: ReadmeCommand[], prefix: string): ReadmeCommand {
  const found = commands.filter((command) => command.words.join(' ').startsWith(prefix));
  if (found.length !== 1) {
    throw new Error(
      `expected one README command starting "${prefix}", found ${found.length}: ${found.map((c) => c.text).join(' | ')}`,
    );
  }
  return found[0]!;
}

function withoutComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      quote = c === quote ? '' : quote;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      return line.slice(0, i);
    }
  }
  return line;
}

function parse(text: string): ReadmeCommand {
  const words: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    words.push(match[1] ?? match[2] ?? match[3]!);
  }
  const env: Record<string, string> = {};
  if (words[0] === 'export') {
    words.shift();
  }
  while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  return { text, env, words };
}
