/** The generated README names the environment variables of every auth scheme an integration accepts. */
import { describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { load } from '../../generator/pipeline/load.js';

describe('generated README and auth schemes', () => {
  it.each([
    ['github', ['GITHUB_TOKEN'], 'sent as the Authorization header ("token <key>")'],
    [
      'gitlab',
      ['GITLAB_PRIVATE_TOKEN', 'GITLAB_OAUTH_TOKEN', 'GITLAB_QUERY_TOKEN'],
      'sent in the query as private_token= (weaker',
    ],
    [
      'zendesk',
      ['ZENDESK_USERNAME', 'ZENDESK_API_TOKEN', 'ZENDESK_CLIENT_ID', 'ZENDESK_CLIENT_SECRET', 'ZENDESK_OAUTH_TOKEN'],
      'client credentials grant at /oauth/tokens',
    ],
  ])('%s names %j', async (name, variables, phrase) => {
    const result = await compile(await load(`test/fixtures/specs/${name}`));
    const readme = result.files.find((f) => f.path.endsWith('/README.md'))!.contents;
    for (const variable of variables) {
      expect(readme).toMatch(new RegExp(`\\| \`${variable}\` \\| `));
    }
    expect(readme).toContain(phrase);
    expect(readme.includes('ways to sign in')).toBe(variables.length > 1);
  });
});
