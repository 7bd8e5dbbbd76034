/**
 * The layer rule of DESIGN.md: domain <- app <- graph/cards/bot/tab <- server.
 * Paths are matched with `(^|/)src/<layer>/` so the same rules apply to the
 * fixture tree in tests/fixtures/layers, which proves they fail.
 */
const layer = (name) => `(^|/)src/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain imports nothing outside itself (only zod and the holiday data).',
      severity: 'error',
      from: { path: layer('domain') },
      to: { pathNot: [layer('domain'), 'node_modules/(zod|date-holidays)/'] },
    },
    {
      name: 'emulator-is-separate',
      comment: 'src/emulator implements Graph from the spec and imports nothing else of src/.',
      severity: 'error',
      from: { path: layer('emulator') },
      to: { path: '(^|/)src/', pathNot: layer('emulator') },
    },
    {
      name: 'nothing-imports-the-emulator',
      comment: 'Only the composition root may start the emulator.',
      severity: 'error',
      from: { path: '(^|/)src/', pathNot: [layer('emulator'), layer('server')] },
      to: { path: layer('emulator') },
    },
    {
      name: 'app-below-adapters',
      severity: 'error',
      from: { path: layer('app') },
      to: { path: '(^|/)src/(graph|cards|bot|tab|server|emulator)/' },
    },
    {
      name: 'adapters-do-not-use-fakes',
      comment:
        'src/app/in-memory holds the fakes for tests; the rules the fakes and the adapters share live at app level (src/app/store-rules.ts).',
      severity: 'error',
      from: { path: '(^|/)src/(graph|cards|bot|tab|server)/' },
      to: { path: '(^|/)src/app/in-memory/' },
    },
    {
      name: 'graph-layer',
      severity: 'error',
      from: { path: layer('graph') },
      to: { path: '(^|/)src/(cards|bot|tab|server|emulator)/' },
    },
    {
      name: 'cards-layer',
      severity: 'error',
      from: { path: layer('cards') },
      to: { path: '(^|/)src/(graph|bot|tab|server|emulator)/' },
    },
    {
      name: 'bot-layer',
      severity: 'error',
      from: { path: layer('bot') },
      to: { path: '(^|/)src/(graph|tab|server|emulator)/' },
    },
    {
      name: 'tab-layer',
      severity: 'error',
      from: { path: layer('tab') },
      to: { path: '(^|/)src/(bot|server|emulator)/' },
    },
    {
      name: 'server-is-the-top',
      severity: 'error',
      from: { path: '(^|/)src/', pathNot: layer('server') },
      to: { path: layer('server') },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
