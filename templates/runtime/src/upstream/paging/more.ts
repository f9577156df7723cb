/**
 * No list ends silently: when the answer says more items exist (a "more" flag, a total above what
 * came back) but no next page can be asked for, the result carries a note the model reads.
 */
import { isPlainObject, readPath } from '../../data/json-path.js';
import type { Pagination } from '../../data/tool-data.js';
import type { PageAnswer } from './common.js';

/** What in the answer says more exists, in words, or undefined. */
function moreSignal(p: Pagination, answer: PageAnswer): string | undefined {
  const morePath = 'morePath' in p ? p.morePath : undefined;
  if (morePath) {
    const more = readPath(answer.body, morePath);
    const says =
      more === true ||
      (typeof more === 'string' && more.trim() !== '') ||
      (typeof more === 'number' && more > 0) ||
      isPlainObject(more);
    if (says) {
      return `${morePath} is ${typeof more === 'object' ? 'set' : JSON.stringify(more)}`;
    }
  }
  const totalPath = 'totalPath' in p ? p.totalPath : undefined;
  const total = totalPath ? readPath(answer.body, totalPath) : undefined;
  const reached =
    (answer.start.offset !== undefined && p.style === 'offset' ? answer.start.offset - p.firstOffset : 0) +
    answer.count;
  if (typeof total === 'number' && total > reached) {
    return `${totalPath} is ${total}, ${reached} returned so far`;
  }
  return undefined;
}

/** The note for a last page that the answer says is not the last, or undefined. */
export function incompleteNote(p: Pagination, answer: PageAnswer): string | undefined {
  const signal = moreSignal(p, answer);
  if (!signal) {
    return undefined;
  }
  return (
    `Incomplete: the API says more items exist (${signal}) but gave no way to fetch the next page, ` +
    'so next_cursor is null. Narrow the request (filters, a smaller range) to reach the rest.'
  );
}
