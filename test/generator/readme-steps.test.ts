/** The admin page's ChatGPT and Claude steps are, word for word, the generated README's. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHATGPT_URL_STEPS, CLAUDE_URL_STEPS } from '../../templates/hosting/src/admin/connect-steps-text.js';

describe('connection steps', () => {
  const readme = readFileSync('generated/egnyte-mcp-server/README.md', 'utf8');

  it('ChatGPT: the page lists the README steps, in order', () => {
    expect(readme).toContain(CHATGPT_URL_STEPS.map((step, index) => `${index + 1}. ${step}`).join('\n'));
  });

  it('Claude: the page says what the README says', () => {
    expect(readme).toContain(`For **Claude** (a custom connector): ${CLAUDE_URL_STEPS.join(' ')}`);
  });
});
