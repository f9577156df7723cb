/**
 * A GET that reaches only public addresses (design.md §4b, for client ID metadata documents): the
 * host name is resolved once, every address checked (loopback, private, link-local, CGNAT, 6to4
 * and other special ranges are refused; loopback is allowed only in loopback development mode),
 * and the connection is made to the checked address itself (a pinned `lookup`, so a second DNS
 * answer cannot swap it). Redirects are not followed; the body is capped while it is read.
 */

import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export type Resolver = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export interface PublicFetchOptions {
  /** Loopback development mode: loopback addresses (and http) are allowed. */
  allowLoopback: boolean;
  resolve?: Resolver;
  maxBytes: number;
  timeoutMs: number;
}

export interface FetchedDocument {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

export function isPublicAddress(address: string, allowLoopback: boolean): boolean {
  if (!ipaddr.isValid(address)) {
    return false;
  }
  const range = ipaddr.process(address).range();
  return range === 'unicast' || (allowLoopback && range === 'loopback');
}

/** The address to connect to, checked; undefined when the host has a non-public address. */
async function checkedAddress(
  hostname: string,
  options: PublicFetchOptions,
): Promise<{ address: string; family: number } | undefined> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare) !== 0) {
    return isPublicAddress(bare, options.allowLoopback) ? { address: bare, family: isIP(bare) } : undefined;
  }
  const found = await (options.resolve ?? systemResolver)(bare).catch(
    () => [] as Array<{ address: string; family: number }>,
  );
  // Every answer must be public: a host that names one private address among public ones is refused.
  if (found.length === 0 || !found.every((entry) => isPublicAddress(entry.address, options.allowLoopback))) {
    return undefined;
  }
  return found[0];
}

/** GETs `url` from a public address; undefined when refused, unreachable, too slow or too big. */
export async function fetchPublic(url: URL, options: PublicFetchOptions): Promise<FetchedDocument | undefined> {
  const httpAllowed = options.allowLoopback && url.protocol === 'http:';
  if (url.protocol !== 'https:' && !httpAllowed) {
    return undefined;
  }
  // One deadline for everything: DNS, connecting, and a body that trickles in.
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const pinned = await Promise.race([
    checkedAddress(url.hostname, options),
    new Promise<undefined>((resolve) => deadline.addEventListener('abort', () => resolve(undefined))),
  ]);
  if (!pinned || deadline.aborted) {
    return undefined;
  }
  const pinnedLookup: LookupFunction = (_host, lookupOptions, callback) => {
    if (lookupOptions.all) {
      (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [pinned]);
    } else {
      callback(null, pinned.address, pinned.family);
    }
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(
      url,
      { method: 'GET', headers: { accept: 'application/json' }, lookup: pinnedLookup, agent: false, signal: deadline },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            req.destroy();
            resolve(undefined);
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', () => resolve(undefined));
      },
    );
    req.on('error', () => resolve(undefined));
    req.end();
  });
}
