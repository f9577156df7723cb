/** Short steps for pasting a new server URL into ChatGPT, Claude and the MCP Inspector (the README's words). */
import { CHATGPT_URL_STEPS, CLAUDE_URL_STEPS } from '../connect-steps-text.js';

export function ConnectSteps({ url, needsApiToken }: { url: string; needsApiToken: boolean }) {
  const inspector = `npx @modelcontextprotocol/inspector --cli ${url} --transport http --method tools/list${needsApiToken ? ' --header "Authorization: Bearer <API token>"' : ''}`;
  return (
    <section aria-labelledby="steps-title" class="steps">
      <h2 id="steps-title">Connect a client</h2>
      {needsApiToken ? (
        <p class="notice warn">
          This server requires an API token (Authorization: Bearer). ChatGPT and Claude cannot send one: use it from the
          Inspector, an SDK client or an agent you run.
        </p>
      ) : (
        <>
          <h3>ChatGPT</h3>
          <ol>
            {CHATGPT_URL_STEPS.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <h3>Claude</h3>
          <ol>
            {CLAUDE_URL_STEPS.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      <h3>MCP Inspector</h3>
      <ol>
        <li>
          Run <code>npx @modelcontextprotocol/inspector</code>, pick Streamable HTTP, paste the URL, Connect; or list
          the tools from a terminal:
        </li>
      </ol>
      <pre class="mono">
        <code>{inspector}</code>
      </pre>
      <p class="hint">
        The URL needs the server to be reachable from the client: ChatGPT and Claude need public HTTPS (MCP_PUBLIC_URL
        behind a proxy).
      </p>
    </section>
  );
}
