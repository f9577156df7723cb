/**
 * What a run reports that `--check` can also replay from the generate record: the JSON shape of
 * `--format json` and the up-to-date line. Kept apart from report.ts, which loads the tokenizer.
 */
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { SkippedMethod } from './ir/types.js';
import type { RunResult } from './run.js';

export const UP_TO_DATE = 'generated output is up to date.';

/** `--format json`. */
export interface JsonReport {
  exitCode: RunResult['exitCode'];
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
  changes: RunResult['changes'];
  surface: RunResult['surface'];
  integrations: { name: string; tools: string[]; skipped: readonly SkippedMethod[] }[];
}
