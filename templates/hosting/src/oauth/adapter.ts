/**
 * node-oidc-provider's storage adapter on our store (SQLite or PostgreSQL). Clients: registered ones
 * in `oauth_clients`, and client ID metadata documents fetched (public addresses only, cached) by
 * `find`. Every other model in `oauth_models` (store/oidc-tables.ts), keyed by a hash of model and
 * id: a code or token value is its id, so for those neither the id nor the payload's copy (`jti`)
 * is stored.
 * Expiry follows the injected clock, so tests can move time.
 */
import { type Adapter, type AdapterFactory, type AdapterPayload, errors } from 'oidc-provider';
import { hashSecret } from '../control/context.js';
import type { SqlDriver } from '../store/driver.js';
import { firstRow, storedObject } from '../store/rows.js';
import { OAUTH_MODELS, type OAuthModelRow } from '../store/tables.js';
import { isMetadataDocumentId, type MetadataDocuments } from './client-metadata.js';
import type { OAuthRecords } from './records.js';

/** The provider's account id for a grant: the account and its MCP server record (which holds the methods). */
export const grantSubject = (accountId: string, serverId: string) => `${accountId}.${serverId}`;

export function parseSubject(subject: unknown): { accountId: string; serverId: string } | undefined {
  const [accountId, serverId, ...rest] = typeof subject === 'string' ? subject.split('.') : [];
  return accountId && serverId && rest.length === 0 ? { accountId, serverId } : undefined;
}

/** The models whose id is a value a client holds. */
const BEARER_MODELS = new Set(['AccessToken', 'RefreshToken', 'AuthorizationCode']);

export interface AdapterDeps {
  driver: SqlDriver;
  records: OAuthRecords;
  documents: MetadataDocuments;
  allowLoopbackMetadata: boolean;
  now: () => Date;
}

function clientAdapter(deps: AdapterDeps): Adapter {
  const none = async () => undefined;
  return {
    async find(id) {
      if (isMetadataDocumentId(id, deps)) {
        return deps.documents.get(id);
      }
      return deps.records.client(id);
    },
    async upsert(id, payload) {
      await deps.records.insertClient(id, payload, deps.now().toISOString());
    },
    findByUid: none,
    findByUserCode: none,
    consume: none,
    destroy: none,
    revokeByGrantId: none,
  };
}

function modelAdapter(name: string, deps: AdapterDeps): Adapter {
  const { driver } = deps;
  const key = (id: string, model = name) => hashSecret(`${model}:${id}`);
  const payloadOf = (row: OAuthModelRow): AdapterPayload => storedObject('oauth_models', 'payload', row.payload);
  const live = (row: OAuthModelRow | undefined, id: string): AdapterPayload | undefined => {
    if (!row || Date.parse(row.expires_at) <= deps.now().getTime()) {
      return undefined;
    }
    return { ...payloadOf(row), jti: id, ...(row.consumed ? { consumed: true } : {}) };
  };
  const select = `SELECT ${OAUTH_MODELS.columns()} FROM oauth_models`;
  const byId = async (id: string) => firstRow(await driver.all(`${select} WHERE id_hash = ?`, [key(id)]), OAUTH_MODELS);
  return {
    async upsert(id, payload, expiresIn) {
      const { jti: _jti, ...rest } = payload;
      const stored = BEARER_MODELS.has(name) ? rest : payload;
      const expiresAt = new Date(deps.now().getTime() + (expiresIn ?? 14 * 86_400) * 1000).toISOString();
      const serverId = parseSubject(payload.accountId)?.serverId ?? null;
      const uidHash = typeof payload.uid === 'string' ? hashSecret(`uid:${payload.uid}`) : null;
      await driver.run(
        `INSERT INTO oauth_models (id_hash, model, payload, grant_id, uid_hash, server_id, expires_at, consumed)
         VALUES (?, ?, ?, ?, ?, ?, ?, 0)
         ON CONFLICT (id_hash) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id,
           uid_hash = excluded.uid_hash, server_id = excluded.server_id, expires_at = excluded.expires_at`,
        [key(id), name, JSON.stringify(stored), payload.grantId ?? null, uidHash, serverId, expiresAt],
      );
    },
    async find(id) {
      return live(await byId(id), id);
    },
    async findByUid(uid) {
      // Sessions only (never a bearer model): their payload keeps its own id.
      const rows = await driver.all(`${select} WHERE model = ? AND uid_hash = ?`, [name, hashSecret(`uid:${uid}`)]);
      const row = firstRow(rows, OAUTH_MODELS);
      const id = row ? payloadOf(row).jti : undefined;
      return row && typeof id === 'string' ? live(row, id) : undefined;
    },
    findByUserCode: async () => undefined,
    // Check and set in one statement: of two requests racing with one code or refresh token, one
    // wins and the other is a replay (the grant's tokens all go, RFC 9700 §4.14).
    async consume(id) {
      if (
        (await driver.run('UPDATE oauth_models SET consumed = 1 WHERE id_hash = ? AND consumed = 0', [key(id)])) === 0
      ) {
        const row = await byId(id);
        if (row?.grant_id) {
          await driver.run('DELETE FROM oauth_models WHERE grant_id = ? OR id_hash = ?', [
            row.grant_id,
            key(row.grant_id, 'Grant'),
          ]);
        }
        throw new errors.InvalidGrant(
          `this ${name === 'RefreshToken' ? 'refresh token' : 'authorization code'} was already used`,
        );
      }
    },
    async destroy(id) {
      await driver.run('DELETE FROM oauth_models WHERE id_hash = ?', [key(id)]);
    },
    async revokeByGrantId(grantId) {
      await driver.run('DELETE FROM oauth_models WHERE model = ? AND grant_id = ?', [name, grantId]);
    },
  };
}

export function storeAdapter(deps: AdapterDeps): AdapterFactory {
  return (name) => (name === 'Client' ? clientAdapter(deps) : modelAdapter(name, deps));
}
