/**
 * The two pages a person sees while signing in: the vendor domain form and the consent page that
 * names every tool the connection will get. Plain HTML, every value escaped, no scripts.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}li code{font-size:.9em}button{font-size:1rem;padding:.4rem 1rem;margin-right:.5rem}</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

export function domainPage(vendor: string, clientName: string, requestId: string, problem?: string): string {
  return page(`Sign in with ${vendor}`, `<p><strong>${escapeHtml(clientName)}</strong> wants to connect to your ${escapeHtml(vendor)} account.</p>
${problem ? `<p role="alert"><strong>${escapeHtml(problem)}</strong></p>` : ''}
<form method="post" action="/oauth/signin"><input type="hidden" name="request" value="${escapeHtml(requestId)}">
<label>Your ${escapeHtml(vendor)} domain: <input name="domain" required pattern="[A-Za-z0-9][A-Za-z0-9-]{0,62}" placeholder="acme">.egnyte.com</label>
<p><button type="submit">Continue to ${escapeHtml(vendor)}</button></p></form>`);
}

export function consentPage(vendor: string, clientName: string, requestId: string, domain: string, tools: Array<{ name: string; write: boolean }>): string {
  const writes = tools.filter((t) => t.write).length;
  const items = tools.map((t) => `<li><code>${escapeHtml(t.name)}</code>${t.write ? ' (changes data)' : ''}</li>`).join('');
  return page(`Allow ${clientName}?`, `<p><strong>${escapeHtml(clientName)}</strong> will act as you on <strong>${escapeHtml(domain)}</strong> (${escapeHtml(vendor)}) with these ${tools.length} tools${writes === 0 ? ', all read-only' : `, ${writes} of which change data`}:</p>
<ul>${items}</ul>
<p>Your ${escapeHtml(vendor)} token stays on this server; the app gets its own token, which you can revoke.</p>
<form method="post" action="/oauth/consent"><input type="hidden" name="request" value="${escapeHtml(requestId)}">
<button type="submit" name="decision" value="allow">Allow</button><button type="submit" name="decision" value="deny">Deny</button></form>`);
}

export function problemPage(text: string): string {
  return page('Sign-in could not continue', `<p role="alert">${escapeHtml(text)}</p><p>Start again from the app you were connecting.</p>`);
}
