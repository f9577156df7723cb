/**
 * Client ID metadata documents are fetched only from public addresses (design.md §4b, issue 20
 * point 5): loopback, private and mapped addresses are refused before any connection, also when a
 * host NAME resolves to them (checked after DNS), the connection goes to the address that was
 * checked, the body is capped while it is read, and documents are cached per Cache-Control.
 */
import { createServer, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetadataDocuments } from '../../templates/hosting/src/oauth/client-metadata.js';
import type { Resolver } from '../../templates/hosting/src/oauth/public-fetch.js';
import { TestClock } from '../control/hosted.js';

let host: Server;
let port: number;
let connections: number;
let requests: number;
let answer: (url: string, res: import('node:http').ServerResponse) => void;

const doc = (clientId: string) => ({
  client_id: clientId,
  client_name: 'Doc client',
  redirect_uris: ['https://app.example/cb'],
});

beforeEach(async () => {
  connections = 0;
  requests = 0;
  answer = (url, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60' });
    res.end(JSON.stringify(doc(url)));
  };
  host = createServer((req, res) => {
    requests += 1;
    answer(`http://${req.headers.host}${req.url}`, res);
  });
  host.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  port = (host.address() as { port: number }).port;
});

afterEach(async () => {
  host.closeAllConnections();
  await new Promise<void>((resolve) => host.close(() => resolve()));
});

describe('outside loopback development mode', () => {
  const clock = new TestClock();
  it('refuses loopback, private, link-local and IPv4-mapped addresses without connecting, literal or after DNS', async () => {
    const resolved: string[] = [];
    const resolve: Resolver = async (name) => {
      resolved.push(name);
      return name === 'mixed.example'
        ? [
            { address: '93.184.215.14', family: 4 },
            { address: '127.0.0.1', family: 4 },
          ]
        : [{ address: '127.0.0.1', family: 4 }];
    };
    const documents = new MetadataDocuments({ allowLoopbackMetadata: false, now: clock.now, resolve });
    for (const target of [
      '127.0.0.1',
      'localhost',
      '[::ffff:127.0.0.1]',
      '[::1]',
      '10.1.2.3',
      '169.254.169.254',
      '[fe80::1]',
      'docs.example',
      'mixed.example',
    ]) {
      expect(await documents.get(`https://${target}:${port}/client.json`), target).toBeUndefined();
    }
    expect(resolved).toEqual(['localhost', 'docs.example', 'mixed.example']);
    // http is refused whatever the address.
    expect(await documents.get(`http://127.0.0.1:${port}/client.json`)).toBeUndefined();
    expect(connections).toBe(0);
  });
});

describe('in loopback development mode', () => {
  it('connects to the address the resolver gave (resolved once), and caches per Cache-Control', async () => {
    const clock = new TestClock();
    let lookups = 0;
    const resolve: Resolver = async () => {
      lookups += 1;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const documents = new MetadataDocuments({ allowLoopbackMetadata: true, now: clock.now, resolve });
    const id = `http://docs.example:${port}/client.json`;
    expect(await documents.get(id)).toMatchObject({
      client_id: id,
      client_name: 'Doc client',
      token_endpoint_auth_method: 'none',
    });
    expect(await documents.get(id)).toBeDefined();
    expect({ lookups, requests }).toEqual({ lookups: 1, requests: 1 });
    clock.advance(61_000);
    expect(await documents.get(id)).toBeDefined();
    expect(requests).toBe(2);
    answer = (url, res) => {
      res.writeHead(200, { 'cache-control': 'no-store' });
      res.end(JSON.stringify(doc(url)));
    };
    clock.advance(61_000);
    await documents.get(id);
    await documents.get(id);
    expect(requests).toBe(4);
  });

  it('keeps a bounded number of documents', async () => {
    const clock = new TestClock();
    const documents = new MetadataDocuments({ allowLoopbackMetadata: true, now: clock.now }, 2);
    for (const name of ['a', 'b', 'c', 'a']) {
      await documents.get(`http://127.0.0.1:${port}/${name}.json`);
    }
    expect(requests).toBe(4);
  });

  it('stops reading a body past the cap, follows no redirect, and refuses bad redirect URIs or a document about another client', async () => {
    let sent = 0;
    answer = (_url, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => {
        if (res.destroyed || sent > 4_000_000) {
          return clearInterval(timer);
        }
        sent += 16_384;
        res.write(' '.repeat(16_384));
      }, 1);
      res.on('close', () => clearInterval(timer));
    };
    const documents = new MetadataDocuments({ allowLoopbackMetadata: true, now: new TestClock().now });
    expect(await documents.get(`http://127.0.0.1:${port}/huge.json`)).toBeUndefined();
    expect(sent).toBeLessThan(1_000_000);
    answer = (_url, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/elsewhere.json` });
      res.end();
    };
    expect(await documents.get(`http://127.0.0.1:${port}/moved.json`)).toBeUndefined();
    expect(requests).toBe(2);
    for (const body of [
      (url: string) => ({ ...doc(url), redirect_uris: ['http://evil.example/cb'] }),
      () => doc('https://someone-else.example/c.json'),
    ]) {
      answer = (url, res) => {
        res.writeHead(200, { 'cache-control': 'no-store' });
        res.end(JSON.stringify(body(url)));
      };
      expect(await documents.get(`http://127.0.0.1:${port}/bad.json`)).toBeUndefined();
    }
  });
});
