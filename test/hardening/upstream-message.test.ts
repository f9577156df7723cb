/** The readable snippet of a non-JSON upstream body: title first, bounded prefix, bounded length. */
import { describe, expect, it } from 'vitest';
import { boundMessage, readableSnippet } from '../../templates/runtime/src/upstream/message.js';

describe('readableSnippet', () => {
  it.each([
    ['<html><title>Gateway Timeout</title><body>x</body>', 'Gateway Timeout'],
    ['<H1 class="e">Not   Found</H1>', 'Not Found'],
    ['<title></title><p>Body text</p>', 'Body text'],
    ['plain\ntext  answer', 'plain text answer'],
    [`<html>${'<'.repeat(100_000)}`, ''],
    [`${' '.repeat(20_000)}<title>late</title>`, ''],
  ])('%#: reads %j as %j', (text, expected) => {
    expect(readableSnippet(text)).toBe(expected);
  });

  it('cuts long text at 200 characters', () => {
    const snippet = readableSnippet(`<p>${'word '.repeat(100)}</p>`);
    expect(snippet).toHaveLength(200);
    expect(snippet.endsWith('...')).toBe(true);
  });
});

describe('boundMessage', () => {
  it('keeps a vendor message as written, trimmed, and cuts one over 1,000 characters', () => {
    expect(boundMessage('  User 5 not found.\n')).toBe('User 5 not found.');
    expect(boundMessage('x'.repeat(5000))).toHaveLength(1000);
  });
});
