/**
 * What publishing needs, generated from the spec's `publish` settings: the scoped npm name,
 * repository/homepage/bugs (npm provenance checks them), mcpName, a server.json that the MCP
 * Registry's schema (vendored in test/fixtures/mcp-registry/, source noted there) accepts, and a
 * LICENSE. Without `publish` the package is private, so nobody publishes an unclaimed bare name.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { SERVER_JSON_SCHEMA } from '../../generator/emit/publish.js';
import { load, parseSource } from '../../generator/pipeline/load.js';

const schema = JSON.parse(readFileSync('test/fixtures/mcp-registry/server.schema.json', 'utf8')) as Record<
  string,
  unknown
>;
const formats = ajvFormats as unknown as { default: (ajv: Ajv) => Ajv };
// strict off: the registry's schema carries OpenAPI keywords (example, discriminator) that ajv does not know.
const validateServerJson = formats.default(new Ajv({ allErrors: true, strict: false })).compile(schema);

async function compiled(publish: string | undefined) {
  const sources = await load('test/fixtures/specs/github');
  if (publish !== undefined) {
    sources.docs = sources.docs.map((doc) =>
      doc.kind === 'integration' ? parseSource('integration', doc.file, `${doc.text}\n${publish}\n`) : doc,
    );
  }
  const result = await compile(sources);
  expect(result.diagnostics.map((d) => d.message)).toEqual([]);
  const file = (name: string) => result.files.find((f) => f.path === `github-mcp-server/${name}`)?.contents;
  return { file, packageJson: JSON.parse(file('package.json')!) as Record<string, unknown> };
}

const PUBLISH = 'publish: { npm_scope: "@acme", repository: "https://github.com/acme/mcp-servers" }';

describe('publishing settings', () => {
  it('scope the npm name, point at the repository, and name the server in the MCP Registry', async () => {
    const { packageJson } = await compiled(PUBLISH);
    expect(packageJson).toMatchObject({
      name: '@acme/github-mcp-server',
      bin: { 'github-mcp-server': 'dist/cli.js' },
      license: 'MIT',
      repository: {
        type: 'git',
        url: 'git+https://github.com/acme/mcp-servers.git',
        directory: 'generated/github-mcp-server',
      },
      homepage: 'https://github.com/acme/mcp-servers/tree/HEAD/generated/github-mcp-server#readme',
      bugs: { url: 'https://github.com/acme/mcp-servers/issues' },
      mcpName: 'io.github.acme/github-mcp-server',
      publishConfig: { access: 'public', provenance: true },
    });
    expect(packageJson).not.toHaveProperty('private');
  });

  it('write a server.json the MCP Registry schema accepts, naming the npm package and its settings', async () => {
    const { file, packageJson } = await compiled(PUBLISH);
    const server = JSON.parse(file('server.json')!) as Record<string, unknown>;
    expect(validateServerJson(server), JSON.stringify(validateServerJson.errors)).toBe(true);
    expect(schema.$id).toBe(SERVER_JSON_SCHEMA);
    expect(server).toMatchObject({
      $schema: SERVER_JSON_SCHEMA,
      name: packageJson.mcpName,
      version: packageJson.version,
      packages: [
        {
          registryType: 'npm',
          identifier: '@acme/github-mcp-server',
          version: packageJson.version,
          transport: { type: 'stdio' },
        },
      ],
    });
    expect((server.packages as Array<{ environmentVariables: unknown[] }>)[0]!.environmentVariables).toEqual([
      expect.objectContaining({ name: 'GITHUB_TOKEN', isRequired: true, isSecret: true }),
    ]);
    // The schema refuses what the registry refuses, e.g. a version range.
    expect(
      validateServerJson({ ...server, packages: [{ ...(server.packages as object[])[0], version: 'latest' }] }),
    ).toBe(false);
  });

  it('take an explicit MCP Registry name', async () => {
    const { packageJson, file } = await compiled(
      'publish: { npm_scope: "@acme", repository: "https://gitlab.com/acme/mcp", mcp_name: "com.acme/github" }',
    );
    expect(packageJson.mcpName).toBe('com.acme/github');
    expect(validateServerJson(JSON.parse(file('server.json')!))).toBe(true);
  });

  it('without them: a private package under its bare name, no server.json, and the README says how to run it from a checkout', async () => {
    const { packageJson, file } = await compiled(undefined);
    expect(packageJson).toMatchObject({ name: 'github-mcp-server', private: true });
    expect(file('server.json')).toBeUndefined();
    expect(file('LICENSE')).toMatch(/^MIT License/);
    expect(file('README.md')).toContain('node generated/github-mcp-server/dist/cli.js --help');
    expect(file('README.md')).toContain('"command": "node",');
    expect(file('README.md')).not.toMatch(
      /"-y", "github-mcp-server"|npm install -g github-mcp-server|--cli .* npx -y github-mcp-server/,
    );
  });

  it('refuses a scope that is not an npm scope', async () => {
    const sources = await load('test/fixtures/specs/github');
    sources.docs = sources.docs.map((doc) =>
      doc.kind === 'integration'
        ? parseSource(
            'integration',
            doc.file,
            `${doc.text}\npublish: { npm_scope: acme, repository: "https://github.com/acme/x" }\n`,
          )
        : doc,
    );
    const result = await compile(sources);
    expect(result.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n')).toMatch(/SPEC_SCHEMA .*npm_scope/);
  });
});
