/**
 * Architecture rules of the two workspace packages (npm run check:cycles, run by .ci/run):
 * no import cycle between files or between folders, and the runtime never reaches the hosting layer.
 */
module.exports = {
  forbidden: [
    { name: 'no-file-cycles', severity: 'error', from: {}, to: { circular: true } },
    { name: 'no-folder-cycles', severity: 'error', scope: 'folder', from: {}, to: { circular: true } },
    {
      name: 'runtime-never-imports-hosting',
      comment:
        'saas-mcp-hosting depends on saas-mcp-runtime, never the reverse (the runtime loads it dynamically by name).',
      severity: 'error',
      from: { path: '^templates/runtime/' },
      to: { path: '^templates/hosting/|saas-mcp-hosting' },
    },
    {
      name: 'hosting-uses-runtime-entries',
      comment:
        'The hosting layer imports the runtime through its public entries (saas-mcp-runtime/host), not by relative path.',
      severity: 'error',
      from: { path: '^templates/hosting/' },
      to: { path: '^templates/runtime/', pathNot: '^templates/runtime/src/(host|contract|index)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types'],
      extensions: ['.ts', '.tsx', '.js'],
    },
  },
};
