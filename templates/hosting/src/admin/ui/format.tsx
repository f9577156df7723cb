/** How times and filters read on the page. */

export function when(iso: string | null | undefined, never = 'never'): string {
  if (!iso) {
    return never;
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function list(values: readonly string[] | undefined, all: string): string {
  return values && values.length > 0 ? values.join(', ') : all;
}

/** A `datetime-local` value (local time, no zone) as ISO-8601 UTC; undefined when empty; as typed when unreadable (the server says why). */
export function localToIso(value: string): string | undefined {
  if (value.trim() === '') {
    return undefined;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
