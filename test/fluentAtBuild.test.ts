// The build step that writes Fluent's token reads as their CSS variables: which reads it rewrites, which it leaves.
import type { Plugin } from 'vite';

import { inlineTokens } from '../scripts/fluentAtBuild';

const transform = (code: string) => {
  const hook = (inlineTokens() as Plugin & { transform: (code: string, id: string) => unknown }).transform;
  return hook(code, '/app/src/View.tsx') as { code: string } | undefined;
};

describe('inlineTokens', () => {
  it("writes each token a Fluent module reads as the token's CSS variable, fallback included", () => {
    const code = [
      "import { tokens } from '@fluentui/react-theme';",
      'const a = { color: tokens.colorNeutralForeground1, zIndex: tokens.zIndexPopup };',
      'const b = `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`;',
    ].join('\n');
    const out = transform(code)!.code;
    expect(out).toContain('color: "var(--colorNeutralForeground1)"');
    expect(out).toContain('zIndex: "var(--zIndexPopup, 2000)"');
    expect(out).toContain('`${"var(--strokeWidthThin)"} solid ${"var(--colorNeutralStroke1)"}`');
    expect(out).not.toMatch(/tokens\./);
  });

  it('rewrites reads in our own modules that import tokens from react-components', () => {
    const code =
      "import { makeStyles, tokens } from '@fluentui/react-components';\nexport const gap = tokens.spacingVerticalM;";
    expect(transform(code)!.code).toContain('export const gap = "var(--spacingVerticalM)";');
  });

  it("leaves a name the token map does not hold, another object's tokens and modules that import none", () => {
    const withImport = "import { tokens } from '@fluentui/react-components';\n";
    expect(transform(`${withImport}const x = tokens.notAToken;`)).toBeUndefined();
    expect(transform(`${withImport}const t = session.tokens.colorNeutralForeground1;`)).toBeUndefined();
    expect(
      transform('const tokens = { colorNeutralForeground1: 1 };\nconst y = tokens.colorNeutralForeground1;'),
    ).toBeUndefined();
  });
});
