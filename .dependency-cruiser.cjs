// The structure `npm run lint` enforces: no import cycles, shared at the centre, each front end on its own, SDKs at the edges.
const path = require('node:path');

/** Node packages by name, as their resolved paths show them. */
const pkg = (pattern) => `(^|/)node_modules/${pattern}(/|$)`;

/** An error when a module under `from` imports one matching `to`. */
const forbid = (name, from, to, comment) => ({
  name,
  severity: 'error',
  comment,
  from: { path: from },
  to: { path: to },
});

/** An error when a module outside `home` imports one matching `to`: that dependency lives behind the adapter in `home`. */
const onlyIn = (name, home, to, comment) => ({ ...forbid(name, undefined, to, comment), from: { pathNot: home } });

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
    forbid(
      'shared-stands-alone',
      '^shared/',
      '^(functions|addin|teams-app)/',
      'shared/ is the centre: it imports nothing from the API, the add-in or the Teams app.',
    ),
    {
      name: 'tab-shell-without-schemas',
      severity: 'error',
      comment:
        "The Teams tab's shell is its first screen: it loads no route contract (their zod schemas are most of a " +
        'first visit); the views load them when first used. Constants it needs stand in modules of their own.',
      from: { path: '^teams-app/src/(shell/|[^/]+$)' },
      to: { path: '^shared/src/api/[^/]+[.]contract[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    forbid(
      'front-ends-not-functions',
      '^(addin|teams-app)/',
      '^functions/',
      'The add-in and the Teams app speak to the API over HTTP: they import nothing from functions/.',
    ),
    forbid(
      'addin-not-teams-app',
      '^addin/',
      '^teams-app/',
      'The add-in imports nothing from the Teams app; what both need lives in shared/.',
    ),
    forbid(
      'teams-app-not-addin',
      '^teams-app/',
      '^addin/',
      'The Teams app imports nothing from the add-in; what both need lives in shared/.',
    ),
    onlyIn(
      'office-js-only-in-word',
      '^addin/src/word/',
      [pkg('@microsoft/office-js'), pkg('office-addin-[^/]+')],
      'office.js and the office-addin packages are used only behind the Word adapter in addin/src/word/.',
    ),
    onlyIn(
      'teams-js-only-in-teams',
      '^teams-app/src/teams/',
      pkg('@microsoft/teams-js'),
      '@microsoft/teams-js is used only behind the Teams adapter in teams-app/src/teams/.',
    ),
    onlyIn(
      'graph-only-in-graph',
      '^functions/src/graph/',
      pkg('@microsoft/microsoft-graph-client'),
      'Microsoft Graph is called only by the Graph module functions/src/graph/, behind its interface.',
    ),
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
