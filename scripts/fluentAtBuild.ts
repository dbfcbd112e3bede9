// Build steps that compute Fluent's token values once, at build time, instead of in the browser: token reads as their
// CSS variables, the light themes as plain objects.
import { pathToFileURL } from 'node:url';

import { tokens } from '@fluentui/react-components';
import type { Plugin } from 'vite';

/** A module that imports Fluent's `tokens` object: from the theme packages, or inside @fluentui/tokens itself. */
const IMPORTS_TOKENS =
  /import\s*\{[^}]*\btokens\b[^}]*\}\s*from\s*['"](@fluentui\/react-components|@fluentui\/react-theme|@fluentui\/tokens|\.\.?\/tokens\.js)['"]/;
/** `tokens.name`, not a property of something else (`session.tokens.getToken`). */
const TOKEN_READ = /(?<![\w$.])tokens\.([A-Za-z_$][\w$]*)/g;

const values: Record<string, string> = tokens;

/**
 * Fluent's `tokens` maps each of its 467 token names to `var(--name)`; a module that reads one keeps the whole map
 * (some 3.5 KB gzipped) in the first chunk. Each read becomes its string, so the map drops out of every bundle. A name
 * the map does not hold is left as written.
 */
export function inlineTokens(): Plugin {
  return {
    name: 'koberollen-inline-tokens',
    transform(code) {
      if (!code.includes('tokens') || !IMPORTS_TOKENS.test(code)) return undefined;
      const inlined = code.replace(TOKEN_READ, (read, name: string) =>
        Object.hasOwn(values, name) ? JSON.stringify(values[name]) : read,
      );
      return inlined === code ? undefined : { code: inlined, map: null };
    },
  };
}

const LIGHT_THEME_MODULE = /[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]themes[\\/](web|teams)[\\/]lightTheme\.js$/;

/**
 * The light themes the first screens wear are built in the browser from Fluent's palettes of every colour (some 5 KB
 * gzipped with the code that mixes them); each export of Fluent's light-theme modules becomes the object it evaluates
 * to, its 459 values written out. The dark and high-contrast themes, loaded when worn, are left as they are.
 */
export function precomputedLightThemes(): Plugin {
  return {
    name: 'koberollen-precomputed-light-themes',
    async transform(_code, id) {
      if (!LIGHT_THEME_MODULE.test(id)) return undefined;
      const themes = (await import(pathToFileURL(id).href)) as Record<string, unknown>;
      const code = Object.entries(themes).map(([name, theme]) => `export const ${name} = ${JSON.stringify(theme)};\n`);
      return { code: code.join(''), map: null };
    },
  };
}
