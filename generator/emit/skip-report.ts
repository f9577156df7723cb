import type { SkippedMethod } from '../ir/types.js';
import { markdownHeader } from './header.js';

/** `SKIPPED.md`: methods that did not become tools and why, so reviewers see the documentation gate at work. */
export function emitSkipReport(skipped: readonly SkippedMethod[], specDir: string): string {
  const lines = [markdownHeader(specDir), '# Skipped methods', ''];
  if (skipped.length === 0) {
    lines.push('Every method in the specs is documented and selected: nothing was skipped.');
  } else {
    lines.push(
      'A method becomes a tool only when it has a documentation entry (and passes the generation filters).',
      '',
    );
    lines.push('| method | reason |', '| --- | --- |');
    for (const s of sortSkipped(skipped)) {
      lines.push(`| \`${s.resource}.${s.method}\` | ${s.reason.replace(/\|/g, '\\|')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function sortSkipped(skipped: readonly SkippedMethod[]): SkippedMethod[] {
  return [...skipped].sort((a, b) => `${a.resource}.${a.method}`.localeCompare(`${b.resource}.${b.method}`));
}
