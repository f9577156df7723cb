// Generated from templates/runtime/admin/connect-steps-text.ts by `npm run generate`. Do not edit: change the specs and regenerate.
/**
 * The steps for connecting ChatGPT and Claude to a server URL, written once: the admin page shows
 * them under a new server's URL and the generated README under "ChatGPT with a bearer URL", so the
 * two never disagree.
 */
export const CHATGPT_URL_STEPS: readonly string[] = [
  'Turn on developer mode: Settings → Security and login → Developer mode.',
  'Open chatgpt.com/plugins and choose + → Add custom MCP server.',
  'Enter the server URL, choose No authentication (the URL is the key), then Create as a plugin.',
];

export const CLAUDE_URL_STEPS: readonly string[] = [
  'Settings → Connectors → Add custom connector.',
  'Name it, enter the server URL as the remote MCP server URL, Add, then Connect.',
];
