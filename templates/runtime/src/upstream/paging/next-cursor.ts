/**
 * The opaque `next_cursor`: base64url of a small JSON holding where the next page starts and a short
 * hash of the other arguments, so a cursor reused with different filters (or on another tool) is
 * refused instead of silently mixing listings.
 */
import { createHash } from 'node:crypto';
import { isPlainObject } from '../../data/json-path.js';
import type { Outcome } from '../../data/outcome.js';

export interface CursorState {
  /** Offset paging: the vendor offset of the next page. */
  offset?: number;
  /** Cursor paging: the vendor's cursor for the page to fetch (absent: the first page). */
  vendorCursor?: string | number;
  /** Items of that page already returned (a page cut short by the size bound). */
  skip?: number;
  /** Short hash of the tool's name: a cursor from another tool is simply not valid here. */
  toolTag: string;
  /** Short hash of the non-paging arguments. */
  argsHash: string;
}

export const INVALID_CURSOR_MESSAGE =
  'next_cursor is not valid for this tool; pass it exactly as returned, or omit it to start over';
export const MISMATCHED_CURSOR_MESSAGE =
  'next_cursor was returned for different arguments; call again with the same arguments as the first page, or omit next_cursor to start over';

const PAGING_ARGUMENTS = new Set(['limit', 'next_cursor']);

/** Stable JSON: object keys sorted, so the same arguments always hash the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, length);
}

export function toolTag(toolName: string): string {
  return shortHash(`tool:${toolName}`, 6);
}

export function argumentsHash(args: Record<string, unknown>): string {
  const kept = Object.fromEntries(Object.entries(args).filter(([name]) => !PAGING_ARGUMENTS.has(name)));
  return shortHash(canonicalJson(kept), 10);
}

export function encodeCursor(state: CursorState): string {
  const packed: Record<string, unknown> = { v: 1, t: state.toolTag, h: state.argsHash };
  if (state.offset !== undefined) {
    packed.o = state.offset;
  }
  if (state.vendorCursor !== undefined) {
    packed.c = state.vendorCursor;
  }
  if (state.skip) {
    packed.s = state.skip;
  }
  return Buffer.from(JSON.stringify(packed)).toString('base64url');
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Opens a cursor for the tool `expected.toolTag` called with arguments hashing to `expected.argsHash`. */
export function decodeCursor(text: string, expected: { toolTag: string; argsHash: string }): Outcome<CursorState> {
  const invalid = { ok: false as const, message: INVALID_CURSOR_MESSAGE };
  if (!/^[A-Za-z0-9_-]{1,4096}$/.test(text)) {
    return invalid;
  }
  let packed: unknown;
  try {
    packed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return invalid;
  }
  if (!isPlainObject(packed) || packed.v !== 1 || packed.t !== expected.toolTag || typeof packed.h !== 'string') {
    return invalid;
  }
  const { o: offset, c: vendorCursor, s: skip } = packed;
  if (offset !== undefined && !isCount(offset)) {
    return invalid;
  }
  if (skip !== undefined && !isCount(skip)) {
    return invalid;
  }
  if (vendorCursor !== undefined && typeof vendorCursor !== 'string' && typeof vendorCursor !== 'number') {
    return invalid;
  }
  if (packed.h !== expected.argsHash) {
    return { ok: false, message: MISMATCHED_CURSOR_MESSAGE };
  }
  return { ok: true, value: { offset, vendorCursor, skip, toolTag: expected.toolTag, argsHash: packed.h } };
}
