/** A result or a problem sentence meant for a person: how settings, parsing and stores report failure without throwing. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };
