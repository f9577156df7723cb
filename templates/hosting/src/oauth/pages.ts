/**
 * The page a person sees while signing in: the consent page, shown BEFORE the vendor round trip
 * (design.md §4b). It names the client, shows the host its code will go to and every tool the
 * connection will get, and asks for the vendor domain. Plain HTML, every value escaped, no scripts.
 */
import type { ServerResponse } from 'node:http';

/**
 * The consent form's answer redirects to the vendor: browsers apply form-action to that redirect
 * too, so the vendor's origins are allowed (https, or the operator's EGNYTE_BASE_URL override).
 */
export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  vendorOrigin = 'https:',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${vendorOrigin}; frame-ancestors 'none'`,
  });
  res.end(html);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}li code{font-size:.9em}button{font-size:1rem;padding:.4rem 1rem;margin-right:.5rem}</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

export interface ConsentView {
  vendor: string;
  clientName: string;
  clientId: string;
  /** The redirect URI's host: where the code goes. */
  redirectHost: string;
  requestId: string;
  csrfToken: string;
  /** Where the form posts (under MCP_PUBLIC_URL's path). */
  action: string;
  tools: Array<{ name: string; write: boolean }>;
  domain?: string;
  problem?: string;
}

export function consentPage(view: ConsentView): string {
  const { vendor, tools } = view;
  const writes = tools.filter((t) => t.write).length;
  const items = tools
    .map((t) => `<li><code>${escapeHtml(t.name)}</code>${t.write ? ' (changes data)' : ''}</li>`)
    .join('');
  const named =
    view.clientName === view.clientId ? '' : ` <small>(client id <code>${escapeHtml(view.clientId)}</code>)</small>`;
  return page(
    `Allow ${view.clientName}?`,
    `<p><strong>${escapeHtml(view.clientName)}</strong>${named} asks to act as you on your ${escapeHtml(vendor)} account.</p>
<p>If you allow it, its access goes to <strong>${escapeHtml(view.redirectHost)}</strong>. Allow only if you started this sign-in from that app.</p>
<p>It will get these ${tools.length} tools${writes === 0 ? ', all read-only' : `, ${writes} of which change data`}:</p>
<ul>${items}</ul>
<p>Your ${escapeHtml(vendor)} token stays on this server; the app gets its own token, which you can revoke.</p>
${view.problem ? `<p role="alert"><strong>${escapeHtml(view.problem)}</strong></p>` : ''}
<form method="post" action="${escapeHtml(view.action)}"><input type="hidden" name="request" value="${escapeHtml(view.requestId)}"><input type="hidden" name="csrf" value="${escapeHtml(view.csrfToken)}">
<label>Your ${escapeHtml(vendor)} domain: <input name="domain" pattern="[A-Za-z0-9][A-Za-z0-9-]{0,62}" placeholder="acme" value="${escapeHtml(view.domain ?? '')}">.egnyte.com</label>
<p><button type="submit" name="decision" value="allow">Allow and continue to ${escapeHtml(vendor)}</button><button type="submit" name="decision" value="deny" formnovalidate>Deny</button></p></form>`,
  );
}

export function problemPage(text: string): string {
  return page(
    'Sign-in could not continue',
    `<p role="alert">${escapeHtml(text)}</p><p>Start again from the app you were connecting.</p>`,
  );
}
