// Bundles the Functions app, the local host and the jobs into functions/dist with esbuild; packages stay external.
import { build } from 'esbuild';

await build({
  entryPoints: {
    index: 'functions/src/index.ts',
    local: 'functions/src/host/local.ts',
    jobs: 'functions/src/jobs/cli.ts',
    benchSeed: 'functions/src/bench/benchSeed.ts',
  },
  outdir: 'functions/dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
