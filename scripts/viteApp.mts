// Vite settings both front ends share: React, Fluent's token values computed at build time, the @koberollen/shared
// alias, one HTML entry, output in <app>/dist.
import path from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

import { inlineTokens, precomputedLightThemes } from './fluentAtBuild.ts';

/**
 * First screens draw their buttons natively (`shared/src/ui/plainButton.tsx`); Fluent's Button, which the views use,
 * stays a chunk of its own. Left to itself the bundler moves it into the chunk the views are loaded from.
 */
export const FLUENT_BUTTON_CHUNK = {
  name: 'Button',
  test: /node_modules[\\/]@fluentui[\\/]react-button[\\/]lib[\\/]components[\\/]Button[\\/]/,
  includeDependenciesRecursively: false,
};

/** Builds `<appDir>/<page>` for serving under `base` (e.g. `/addin/`) into `<appDir>/dist`. */
export function webAppConfig(appDir: string, base: string, page: string): UserConfig {
  return defineConfig({
    root: appDir,
    base,
    plugins: [react(), inlineTokens(), precomputedLightThemes()],
    resolve: { alias: { '@koberollen/shared': path.resolve(appDir, '../shared/src') } },
    build: {
      outDir: path.join(appDir, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: path.join(appDir, page),
        // The pages' CSP forbids eval. zod probes `new Function` as it builds its first object schema, and the browser
        // reports even that caught probe as a CSP violation; zod's jitless mode, set before zod loads, skips the probe.
        output: { banner: '(globalThis.__zod_globalConfig ??= {}).jitless = true;' },
      },
    },
  });
}
