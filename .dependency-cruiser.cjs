// The structure `npm run lint` enforces: no import cycles, shared at the centre, each front end on its own, SDKs at the edges.
const path = require('node:path');

/** Node packages by name, as their resolved paths show them. */
const pkg = (pattern) => `(^|/)node_modules/${pattern}(/|$)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules form no import cycle, type-only imports included: move what two modules share into a third.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-stands-alone',
      severity: 'error',
      comment: 'shared/ is the centre: it imports nothing from the API, the add-in or the Teams app.',
      from: { path: '^shared/' },
      to: { path: '^(functions|addin|teams-app)/' },
    },
    {
      name: 'front-ends-not-functions',
      severity: 'error',
      comment: 'The add-in and the Teams app speak to the API over HTTP: they import nothing from functions/.',
      from: { path: '^(addin|teams-app)/' },
      to: { path: '^functions/' },
    },
    {
      name: 'addin-not-teams-app',
      severity: 'error',
      comment: 'The add-in imports nothing from the Teams app; what both need lives in shared/.',
      from: { path: '^addin/' },
      to: { path: '^teams-app/' },
    },
    {
      name: 'teams-app-not-addin',
      severity: 'error',
      comment: 'The Teams app imports nothing from the add-in; what both need lives in shared/.',
      from: { path: '^teams-app/' },
      to: { path: '^addin/' },
    },
    {
      name: 'office-js-only-in-word',
      severity: 'error',
      comment: 'office.js and the office-addin packages are used only behind the Word adapter in addin/src/word/.',
      from: { pathNot: '^addin/src/word/' },
      to: { path: [pkg('@microsoft/office-js'), pkg('office-addin-[^/]+')] },
    },
    {
      name: 'teams-js-only-in-teams',
      severity: 'error',
      comment: '@microsoft/teams-js is used only behind the Teams adapter in teams-app/src/teams/.',
      from: { pathNot: '^teams-app/src/teams/' },
      to: { path: pkg('@microsoft/teams-js') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build output only: packages keep their own dist folders.
    exclude: { path: '^(addin|teams-app|functions)/dist/|^(coverage|\\.data)/' },
    // Type-only imports count: a cycle through types is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: path.join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
