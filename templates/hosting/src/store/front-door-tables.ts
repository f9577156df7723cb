/**
 * The store records the sign-in guarantees need (design.md §4b): the browser a sign-in request is
 * bound to, rate-limit counters shared by every instance on the store, and admin page sessions.
 * Versions 20-29 belong to this part of the schema. Typed where migrations.ts lists them (no
 * import back, which would be a cycle).
 */
export const FRONT_DOOR_MIGRATIONS = [
  {
    version: 20,
    name: 'sign-in requests bound to a browser session',
    // The hash of the sign-in cookie set by /authorize; `consented` is set when the user allowed.
    statements: [
      'ALTER TABLE oauth_requests ADD COLUMN session_hash TEXT',
      'ALTER TABLE oauth_requests ADD COLUMN consented INTEGER NOT NULL DEFAULT 0',
    ],
  },
  {
    version: 21,
    name: 'rate-limit counters',
    statements: [
      `CREATE TABLE rate_counters (
        bucket TEXT PRIMARY KEY,
        hits INTEGER NOT NULL,
        window_end TEXT NOT NULL
      )`,
      'CREATE INDEX rate_counters_end ON rate_counters (window_end)',
    ],
  },
  {
    version: 22,
    name: 'admin page sessions',
    statements: [
      `CREATE TABLE admin_sessions (
        id_hash TEXT PRIMARY KEY,
        token_fingerprint TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`,
    ],
  },
];
