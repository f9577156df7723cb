export interface ArgumentProblem {
  /** Flat argument name; nested places are dotted (`members.0.value`). */
  argument: string;
  /** `missing` (required, absent), `unknown` (not an argument of the tool) or `invalid`. */
  problem: 'missing' | 'unknown' | 'invalid';
  expected: string;
  given: string;
  /** From the schema's `x-identifier`: what a valid value is not (`the username or email`). */
  not?: string;
  /** From the schema's `x-identifier`: the tool that finds a valid value. */
  find_with?: string;
  /** What the given value is, when that explains the refusal ("text holding a number that is not a whole number"). */
  given_is?: string;
}
