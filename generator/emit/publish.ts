/**
 * What publishing needs beside the code: the npm name (scoped by the spec's `publish.npm_scope`,
 * else a private package that npm refuses to publish), repository/homepage/bugs (npm provenance
 * checks the repository), the MCP Registry's `mcpName` and `server.json`, and a LICENSE.
 */

import { schemeVariables } from 'saas-mcp-runtime/contract';
import type { Plan } from '../ir/types.js';

/** The MCP Registry's server.json schema this file follows (vendored in test/fixtures/mcp-registry/). */
export const SERVER_JSON_SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-09-29/server.schema.json';

export function npmName(plan: Plan): string {
  const publish = plan.integration.publish;
  return publish ? `${publish.npmScope}/${plan.integration.info.packageName}` : plan.integration.info.packageName;
}

/** package.json fields for publishing, in the order they are written. */
export function publishFields(plan: Plan): Record<string, unknown> {
  const publish = plan.integration.publish;
  if (!publish) {
    return { private: true };
  }
  const directory = `generated/${plan.integration.info.packageName}`;
  return {
    repository: { type: 'git', url: `git+${publish.repository}.git`, directory },
    homepage: `${publish.repository}/tree/HEAD/${directory}#readme`,
    bugs: { url: `${publish.repository}/issues` },
    ...(publish.mcpName ? { mcpName: publish.mcpName } : {}),
    publishConfig: { access: 'public', provenance: true },
  };
}

/** server.json for the MCP Registry: the npm package over stdio, with its settings as environment variables. */
export function serverJson(plan: Plan): string | undefined {
  const publish = plan.integration.publish;
  if (!publish?.mcpName) {
    return undefined;
  }
  const info = plan.integration.info;
  const firstVariable = Object.values(info.baseUrlVariables)[0];
  const environmentVariables = [
    ...(firstVariable ? [{ name: firstVariable.env, description: firstVariable.description, isRequired: true }] : []),
    ...schemeVariables(info.auth, info.displayName).map((v) => ({
      name: v.env,
      description: v.meaning,
      isRequired: true,
      isSecret: v.role === 'secret',
    })),
  ];
  const description = `${info.displayName} through its REST API: ${plan.tools.length} typed, validated tools.`;
  const github = /^https:\/\/github\.com\//.test(publish.repository);
  const document = {
    $schema: SERVER_JSON_SCHEMA,
    name: publish.mcpName,
    title: `${info.displayName} MCP server`,
    description: description.length <= 100 ? description : `${description.slice(0, 97)}...`,
    repository: {
      url: publish.repository,
      source: github ? 'github' : new URL(publish.repository).hostname,
      subfolder: `generated/${info.packageName}`,
    },
    version: plan.integration.version,
    packages: [
      {
        registryType: 'npm',
        registryBaseUrl: 'https://registry.npmjs.org',
        identifier: npmName(plan),
        version: plan.integration.version,
        transport: { type: 'stdio' },
        environmentVariables,
      },
    ],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The MIT license (the project's, in LICENSE at the repository root) for a generated package. */
export function licenseText(holders: string): string {
  return `MIT License

Copyright (c) ${holders}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;
}
