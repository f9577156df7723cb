/**
 * Checks on the raw shape of tool arguments that run before schema validation: nesting depth and
 * ill-formed text. Both would otherwise surface as internal errors (a stack overflow while
 * describing the value, "URI malformed" while encoding it) instead of a clear refusal.
 */
import { exceedsDepth, findIllFormedText, MAX_ARGUMENT_DEPTH } from '../../data/json-limits.js';
import type { ArgumentProblem } from './problem.js';

export function argumentShapeProblems(args: Record<string, unknown>): ArgumentProblem[] {
  const problems: ArgumentProblem[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (exceedsDepth(value, MAX_ARGUMENT_DEPTH - 1)) {
      problems.push({
        argument: name,
        problem: 'invalid',
        expected: `a value nested at most ${MAX_ARGUMENT_DEPTH} levels deep`,
        given: 'one nested deeper',
      });
    }
  }
  if (problems.length > 0) {
    return problems;
  }
  const place = findIllFormedText(args);
  if (place !== undefined) {
    problems.push({
      argument: place,
      problem: 'invalid',
      expected: 'well-formed Unicode text',
      given: 'text with a lone UTF-16 surrogate',
    });
  }
  return problems;
}
