import {
  authSchemes,
  bearerScheme,
  HOSTING_NAME,
  HOSTING_RANGE,
  RUNTIME_NAME,
  RUNTIME_VERSION,
  schemeVariables,
} from 'saas-mcp-runtime/contract';
import type { Plan } from '../ir/types.js';
import type { Templates } from '../pipeline/load-templates.js';
import { surfaceCost } from '../pipeline/tokens.js';
import { renderTemplate } from './handlebars.js';
import { headerText } from './header.js';
import { licenseText, npmName, publishFields, serverJson } from './publish.js';

/** The URLs a base URL variable fills: the base URL and any token URL that uses it. */
function variableTargets(plan: Plan, name: string): string {
  const info = plan.integration.info;
  const urls = [info.baseUrl, ...authSchemes(info).flatMap((s) => ('tokenUrl' in s ? [s.tokenUrl] : []))];
  return [...new Set(urls.filter((url) => url.includes(`{${name}}`)))].join(' and ');
}

/** The view model of the generated README: every string is final; the template only places it. */
export function readmeView(plan: Plan, specDir: string) {
  const info = plan.integration.info;
  const connect = bearerScheme(info)?.oauth;
  const tools = plan.tools.map((t) => t.definition);
  const envVars = [
    ...Object.entries(info.baseUrlVariables).map(([name, v]) => ({
      name: v.env,
      meaning: `${v.description} (fills {${name}} in ${variableTargets(plan, name)})`,
    })),
    {
      name: info.baseUrlEnv,
      meaning: `full base URL instead of ${info.baseUrl} (a proxy or a local sandbox such as http://127.0.0.1:4010)`,
    },
    ...authSchemes(info).flatMap((scheme, index) =>
      schemeVariables(scheme, info.displayName).map((v) => ({
        name: v.env,
        meaning: `${index > 0 ? 'or: ' : ''}${v.meaning}${v.role !== 'account' ? '; never shown in results, logs or errors' : ''}`,
      })),
    ),
  ];
  const firstVariable = Object.values(info.baseUrlVariables)[0];
  const claudeEnv = [
    firstVariable ? `"${firstVariable.env}": "your-tenant"` : `"${info.baseUrlEnv}": "https://..."`,
    ...schemeVariables(info.auth, info.displayName).map((v) => `"${v.env}": "..."`),
  ].join(', ');
  const tags = [...new Set(tools.flatMap((t) => t.tags))].sort();
  return {
    header: headerText(specDir),
    name: info.name,
    packageName: info.packageName,
    displayName: info.displayName,
    description: plan.integration.description,
    indent: ' '.repeat(info.packageName.length),
    envVars,
    claudeEnv,
    authNote: info.moreAuth
      ? `${info.displayName} accepts ${info.moreAuth.length + 1} ways to sign in: set the variables of one (the rows marked "or:" are alternatives). When several are complete, the first in this table is used.`
      : '',
    methodNames: [...new Set(tools.map((t) => t.source.method))]
      .sort()
      .map((m) => `\`${m}\``)
      .join(', '),
    tagNames: tags.map((t) => `\`${t}\``).join(', '),
    firstTag: tags[0] ?? 'all',
    toolCount: tools.length,
    totalTokens: surfaceCost(tools).toolsList,
    skippedNote:
      plan.skipped.length > 0
        ? `${plan.skipped.length} undocumented or filtered methods are not tools: see SKIPPED.md.`
        : '',
    ...typedApiExample(plan),
    hostingName: HOSTING_NAME,
    oauth: connect
      ? {
          clientIdEnv: connect.clientIdEnv,
          clientSecretEnv: connect.clientSecretEnv,
          callbackPath: `/oauth/${info.name}/callback`,
        }
      : null,
    baseUrlEnv: info.baseUrlEnv,
    firstVariableEnv: Object.values(info.baseUrlVariables)[0]?.env ?? info.baseUrlEnv,
    // The Inspector CLI passes the server no environment of its own: every setting goes with -e.
    inspectorEnv: [
      firstVariable ? `-e ${firstVariable.env}=your-tenant` : `-e ${info.baseUrlEnv}=https://...`,
      ...schemeVariables(info.auth, info.displayName).map((v) => `-e ${v.env}=...`),
    ].join(' '),
    // --domain only where the base URL has exactly one variable (what the admin API accepts).
    accountLocation:
      Object.keys(info.baseUrlVariables).length === 1
        ? '--domain acme'
        : `--base-url ${info.baseUrl.replace(/\{[^}]+\}/g, 'acme')}`,
    npmName: npmName(plan),
    published: plan.integration.publish !== undefined,
    // How a client starts the server: the published package by npx, else the build in a checkout.
    launch: plan.integration.publish
      ? { command: 'npx', args: `"-y", "${npmName(plan)}"`, shell: `npx -y ${npmName(plan)}` }
      : {
          command: 'node',
          args: `"/path/to/checkout/generated/${info.packageName}/dist/cli.js"`,
          shell: `node generated/${info.packageName}/dist/cli.js`,
        },
    npmScope: plan.integration.publish?.npmScope ?? '',
    mcpName: plan.integration.publish?.mcpName ?? '',
    tools: tools.map((t) => ({
      name: t.name,
      access: t.annotations.readOnlyHint ? 'read' : t.annotations.destructiveHint ? 'write (destructive)' : 'write',
      tags: t.tags.join(', '),
      purpose: cell(firstSentence(t.description)),
    })),
  };
}

export function packageJsonView(plan: Plan, specDir: string, templates: Templates) {
  const info = plan.integration.info;
  return {
    header: headerText(specDir),
    packageName: info.packageName,
    npmName: npmName(plan),
    publishFields: publishFields(plan),
    version: plan.integration.version,
    description: `MCP server for ${info.displayName}: ${plan.tools.length} documented, typed tools.`,
    keywords: ['mcp', 'model-context-protocol', info.name],
    // A caret range: a runtime fix reaches every integration package without regenerating it.
    dependencies: { [RUNTIME_NAME]: `^${RUNTIME_VERSION}` },
    // The hosting layer (--store, --oauth, accounts/servers) is an optional peer: a stdio install pulls none of it.
    peerDependencies: { [HOSTING_NAME]: HOSTING_RANGE },
    peerDependenciesMeta: { [HOSTING_NAME]: { optional: true } },
    devDependencies: templates.versions,
  };
}

export function renderPackageFiles(
  plan: Plan,
  specDir: string,
  templates: Templates,
): { path: string; contents: string }[] {
  const pick = (name: string) => {
    const source = templates.package[name];
    if (source === undefined) {
      throw new Error(`missing template templates/package/${name}.hbs`);
    }
    return source;
  };
  const header = { header: headerText(specDir) };
  const server = serverJson(plan);
  return [
    {
      path: 'package.json',
      contents: renderTemplate('package.json', pick('package.json'), packageJsonView(plan, specDir, templates)),
    },
    { path: 'tsconfig.json', contents: renderTemplate('tsconfig.json', pick('tsconfig.json'), header) },
    { path: 'README.md', contents: renderTemplate('README.md', pick('README.md'), readmeView(plan, specDir)) },
    { path: 'LICENSE', contents: licenseText(`the authors of ${npmName(plan)} and of the MCP server generator`) },
    ...(server ? [{ path: 'server.json', contents: server }] : []),
  ];
}

/**
 * What the README's typed-API examples call: a documented example of a read-only tool (a `get` first),
 * so the example compiles against the generated types; the README test type-checks it.
 */
function typedApiExample(plan: Plan) {
  const readOnly = plan.tools.filter((t) => t.definition.annotations.readOnlyHint && t.examples.length > 0);
  const chosen =
    readOnly.find((t) => t.definition.kind === 'get') ?? readOnly[0] ?? plan.tools.find((t) => t.examples.length > 0);
  const info = plan.integration.info;
  return {
    runtimeName: RUNTIME_NAME,
    runtimeVersion: RUNTIME_VERSION,
    tokenEnv: schemeVariables(info.auth, info.displayName).find((v) => v.role === 'secret')?.env ?? '',
    exampleBaseUrl: info.baseUrl.replace(/\{[^}]+\}/g, 'acme'),
    callTool: chosen?.definition.name ?? plan.tools[0]?.definition.name ?? '',
    callArguments: jsLiteral(chosen?.examples[0]?.arguments ?? {}),
  };
}

/** A JSON value as a TypeScript literal (`{ id: 42 }`); every string stays JSON-quoted, so spec text cannot become code. */
export function jsLiteral(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(jsLiteral).join(', ')}]`;
  }
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value);
  }
  const entries = Object.entries(value).map(
    ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${jsLiteral(v)}`,
  );
  return entries.length > 0 ? `{ ${entries.join(', ')} }` : '{}';
}

/** Abbreviations whose period ends no sentence. */
const ABBREVIATIONS = /(^|[\s(])(e\.g|i\.e|etc|vs|cf|approx|incl)\.$/i;

/** First sentence of a description, for one-line table cells: it ends at . ! ? before a capital or the end, never at "e.g.". */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+[A-Z0-9`"'(]|\s*$)/g;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const sentence = text.slice(0, match.index + 1);
    if (!ABBREVIATIONS.test(sentence)) {
      return sentence.trim();
    }
  }
  return text.trim();
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
