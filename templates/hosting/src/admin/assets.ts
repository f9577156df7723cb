/**
 * The web page's files: an HTML shell and the bundle that the package's build writes next to this
 * module (`ui/app.js`, `ui/app.css`, from `ui/*.tsx` by esbuild). Everything is served from here
 * (no CDN), with a strict Content-Security-Policy: scripts and styles from this server only.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Asset {
  body: Buffer;
  etag: string;
  type: string;
}

const TYPES: { [name: string]: string } = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

export const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class PageAssets {
  private loaded?: Promise<Map<string, Asset> | undefined>;

  /** `dir`: where the built bundle is; by default `ui/` beside this module (dist/admin/ui/). */
  constructor(private readonly dir: URL = new URL('./ui/', import.meta.url)) {}

  private load(): Promise<Map<string, Asset> | undefined> {
    this.loaded ??= (async () => {
      const assets = new Map<string, Asset>();
      for (const [name, type] of Object.entries(TYPES)) {
        const body = await readFile(new URL(name, this.dir)).catch(() => undefined);
        if (!body) {
          return undefined;
        }
        assets.set(name, {
          body,
          type,
          etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
        });
      }
      return assets;
    })();
    return this.loaded;
  }

  /** `/admin` itself: the shell that loads the bundle, or a 503 that says how to build it. */
  async sendShell(res: ServerResponse, title: string): Promise<void> {
    const assets = await this.load();
    if (!assets) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('The admin page is not built: run `npm run build` in the package.\n');
      return;
    }
    const version = (name: string) => encodeURIComponent(assets.get(name)?.etag.replace(/"/g, '') ?? '');
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/admin/assets/app.css?v=${version('app.css')}">
<script type="module" src="/admin/assets/app.js?v=${version('app.js')}"></script>
</head>
<body>
<div id="app"><noscript>This page needs JavaScript.</noscript></div>
</body>
</html>
`;
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...PAGE_HEADERS })
      .end(html);
  }

  /** `/admin/assets/<name>`; false when no such asset exists. */
  async sendAsset(req: IncomingMessage, res: ServerResponse, name: string): Promise<boolean> {
    const asset = (await this.load())?.get(name);
    if (!asset) {
      return false;
    }
    const headers = {
      'content-type': asset.type,
      etag: asset.etag,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (req.headers['if-none-match'] === asset.etag) {
      res.writeHead(304, headers).end();
    } else {
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : asset.body);
    }
    return true;
  }
}
