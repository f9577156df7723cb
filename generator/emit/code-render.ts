import { createRequire } from 'node:module';
import type { SourceFile, StatementStructures } from 'ts-morph';
import { type CodeShape, SERVER_DATA } from './code.js';
import { tsHeader } from './header.js';
import { inputTypeName, outputTypeName } from './names.js';

// Required, not imported: an ESM import of a CommonJS package has Node scan its source, and the
// re-exports it names, for export names first (ts-morph with its TypeScript: about 0.15 s, #22).
const { IndentationText, Project, QuoteKind, StructureKind, VariableDeclarationKind } = createRequire(import.meta.url)(
  'ts-morph',
) as typeof import('ts-morph');

/**
 * The TypeScript whose shape depends on the specs, built as ts-morph structures (never by splicing
 * statements into strings) from `shape` alone: the tool registry with its typed maps (the server
 * data as SERVER_DATA, put in by code.ts), the package index and the bin.
 */
export function renderCode(shape: CodeShape): { toolsModule: string; index: string; cli: string } {
  const { specDir, runtime } = shape;
  // Printed in the formatted style (two spaces), so no formatting pass runs (TypeScript's formatter
  // cost about 0.2 s, #22); test/generator/code-format.test.ts checks the formatter would change nothing.
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double },
  });
  const render = (path: string, statements: (string | StatementStructures)[], header = tsHeader(specDir)): string => {
    const file: SourceFile = project.createSourceFile(path, { statements }, { overwrite: true });
    return header + file.getFullText();
  };
  return {
    toolsModule: render('tools.gen.ts', toolsModule(shape)),
    index: render('index.ts', indexModule(runtime)),
    cli: render('cli.ts', cliModule(runtime), `#!/usr/bin/env node\n${tsHeader(specDir)}`),
  };
}

function toolsModule({ tools, runtime }: CodeShape): StatementStructures[] {
  const typeMap = (name: string, docs: string, typeOf: (tool: string) => string | undefined): StatementStructures => ({
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: [docs],
    properties: tools.flatMap((t) => {
      const type = typeOf(t.name);
      return type ? [{ name: t.name, type: `T.${type}` }] : [];
    }),
  });
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: runtime, namedImports: ['ServerData'] },
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: './types.gen.js',
      namespaceImport: 'T',
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Everything the server serves: integration settings and every tool with its request template.'],
      // JSON.stringify quotes every spec string, so documentation text can never become code.
      declarations: [{ name: 'serverData', type: 'ServerData', initializer: SERVER_DATA }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'ToolName',
      docs: ['Names of the generated tools.'],
      type: tools.length > 0 ? tools.map((t) => JSON.stringify(t.name)).join(' | ') : 'never',
    },
    typeMap('ToolInputs', 'Tool name -> type of its arguments.', (name) => inputTypeName(name)),
    typeMap('ToolOutputs', 'Tool name -> type of its structured result (tools with an output schema).', (name) =>
      tools.find((t) => t.name === name)?.hasOutput ? outputTypeName(name) : undefined,
    ),
  ];
}

function indexModule(runtime: string): StatementStructures[] {
  const fn = (
    name: string,
    docs: string,
    parameters: [string, string][],
    returnType: string,
    body: string,
  ): StatementStructures => ({
    kind: StructureKind.Function,
    isExported: true,
    name,
    docs: [docs],
    parameters: parameters.map(([n, type]) => ({ name: n, type })),
    returnType,
    statements: [body],
  });
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: runtime,
      namedImports: [
        'clientToolCaller',
        { name: 'createMcpHandler', alias: 'createRuntimeMcpHandler' },
        'localToolCaller',
        { name: 'EmbedOptions', isTypeOnly: true },
        { name: 'McpRequestHandler', isTypeOnly: true },
        { name: 'McpToolClient', isTypeOnly: true },
        { name: 'ToolCaller', isTypeOnly: true },
      ],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './tools.gen.js',
      namedImports: ['serverData', { name: 'ToolInputs', isTypeOnly: true }, { name: 'ToolOutputs', isTypeOnly: true }],
    },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './tools.gen.js', namedExports: ['serverData'] },
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: './tools.gen.js',
      namedExports: ['ToolName', 'ToolInputs', 'ToolOutputs'],
    },
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: './types.gen.js' },
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: runtime,
      namedExports: [
        'EmbedOptions',
        'IntegrationInfo',
        'McpRequestHandler',
        'McpToolClient',
        'ServerData',
        'ToolDefinition',
        'ToolErrorBody',
        'UpstreamCredentials',
      ],
    },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: runtime, namedExports: ['ToolCallError'] },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The tool list, exactly as tools/list serves it before filters.'],
      declarations: [{ name: 'tools', initializer: 'serverData.tools' }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'TypedToolCaller',
      docs: ['`callTool(name, args)` with tool names, arguments and results checked by the compiler.'],
      type: 'ToolCaller<ToolInputs, ToolOutputs>',
    },
    fn(
      'createMcpHandler',
      'This MCP server for one account inside your own Node.js HTTP app: a `(req, res, body?)` handler serving stateless Streamable HTTP.',
      [['options', 'EmbedOptions']],
      'McpRequestHandler',
      'return createRuntimeMcpHandler(serverData, options);',
    ),
    fn(
      'createToolCaller',
      'Typed tool calls in this process, with the same filters, validation, paging, expiry and audit as over MCP.',
      [['options', 'EmbedOptions']],
      'TypedToolCaller',
      'return localToolCaller<ToolInputs, ToolOutputs>(serverData, options);',
    ),
    fn(
      'typedClient',
      'Typed tool calls through a connected MCP client (an SDK `Client` over any transport).',
      [['client', 'McpToolClient']],
      'TypedToolCaller',
      'return clientToolCaller<ToolInputs, ToolOutputs>(client);',
    ),
    // The low-level runtime, for hosts that assemble the pieces themselves (custom transports, tests).
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: runtime,
      namedExports: ['main', 'createToolRuntime', 'createServer', 'startHttpServer'],
    },
  ];
}

// The bin imports the runtime's CLI entry, not its index: a stdio server must not load the HTTP stack.
function cliModule(runtime: string): (string | StatementStructures)[] {
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: `${runtime}/cli`, namedImports: ['main'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './tools.gen.js', namedImports: ['serverData'] },
    'process.exitCode = await main(process.argv.slice(2), serverData);',
  ];
}
