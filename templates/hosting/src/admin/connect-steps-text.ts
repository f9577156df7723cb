/**
 * The steps for connecting ChatGPT and Claude to a server URL, shown under a new server's URL.
 * The generated README says the same under "ChatGPT with a bearer URL"
 * (templates/package/README.md.hbs); test/generator/readme-steps.test.ts keeps the two equal.
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
