// Bundles the Functions app, the local host and the jobs into functions/dist with esbuild; packages stay external.
// The benchmark host (benchHost.js) is the local host with its store opened through functions/src/bench/countedStore.
import path from 'node:path';

import { build } from 'esbuild';

const options = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

await build({
  ...options,
  entryPoints: {
    index: 'functions/src/index.ts',
    local: 'functions/src/host/local.ts',
    jobs: 'functions/src/jobs/cli.ts',
    benchSeed: 'functions/src/bench/benchSeed.ts',
    benchJobs: 'functions/src/bench/benchJobs.ts',
  },
  outdir: 'functions/dist',
});

/** Where the services open the store, and what the benchmark host opens instead. */
const SERVICES = path.resolve('functions/src/services.ts');
const COUNTED_STORE = path.resolve('functions/src/bench/countedStore.ts');
let redirected = false;
const countedStore = {
  name: 'counted-store',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/store(\/index)?$/ }, (args) => {
      if (path.resolve(args.importer) !== SERVICES) return undefined;
      redirected = true;
      return { path: COUNTED_STORE };
    });
  },
};
await build({
  ...options,
  entryPoints: { benchHost: 'functions/src/host/local.ts' },
  outdir: 'functions/dist',
  plugins: [countedStore],
});
if (!redirected) {
  throw new Error(
    'benchHost: functions/src/services.ts no longer imports ./store; point the counted-store plugin there',
  );
}
