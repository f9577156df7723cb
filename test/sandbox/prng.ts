/**
 * A small seeded PRNG (mulberry32) so the demo tenant is the same for the same seed.
 * Math.random is never used for data: a test must be able to rely on what the seed builds.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** `n` distinct elements (or all of them when n >= length), in a shuffled order. */
  sample<T>(items: readonly T[], n: number): T[];
  /** Lowercase hex string of the given length. */
  hex(length: number): string;
  /** A version-4-shaped UUID built from the stream (Egnyte group, folder and file ids). */
  uuid(): string;
  /** Alphanumeric string, like Egnyte's short link ids (`jFmtRccgU0`). */
  alnum(length: number): string;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) {
      throw new Error('pick() from an empty array');
    }
    return item;
  };
  const hex = (length: number): string => {
    let out = '';
    while (out.length < length) {
      out += int(0, 15).toString(16);
    }
    return out;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    sample<T>(items: readonly T[], n: number): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, Math.min(n, copy.length));
    },
    hex,
    uuid: () => {
      const h = hex(32);
      const variant = '89ab'[int(0, 3)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    alnum: (length) => {
      let out = '';
      for (let i = 0; i < length; i++) {
        out += ALNUM[int(0, ALNUM.length - 1)];
      }
      return out;
    },
  };
}
