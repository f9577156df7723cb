/** Removing a record from the page: what to tell the user, whoever got there first. */
import { asApiError } from './api.js';

export interface Outcome {
  message: string;
  tone: 'ok' | 'warn';
}

/**
 * Runs the delete and says how it went. A 404 means another tab or person removed it first: the
 * user's intent holds, so it is said as such rather than as a failure.
 */
export async function removal(remove: () => Promise<unknown>, said: { done: string; gone: string }): Promise<Outcome> {
  try {
    await remove();
    return { message: said.done, tone: 'ok' };
  } catch (caught) {
    const failure = asApiError(caught);
    return { message: failure.status === 404 ? said.gone : failure.message, tone: 'warn' };
  }
}
