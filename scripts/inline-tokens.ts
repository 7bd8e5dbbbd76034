import { tokens } from '@fluentui/tokens';
import type { Plugin } from 'vite';

/**
 * Fluent's `tokens` object (about 500 `name: 'var(--name)'` entries, ~4 KB gzip) ships only
 * because a few of Fluent's precompiled style modules read it at module level (Button's
 * `calc(${tokens.strokeWidthThin} + 0.25px)`, Input's and Select's padding tables). This puts
 * each `tokens.name` there as the string it stands for, so the object itself is tree-shaken
 * away: same values, same CSS. Only modules that import `tokens` from Fluent are touched; any
 * other `tokens.x` there (a comment's `tokens.js`) stays as it is.
 */
const tokensImport =
  /import\s*\{[^}]*\btokens\b[^}]*\}\s*from\s*["']@fluentui\/(react-theme|tokens)["']/;
const tokenUse = /(?<![\w$.])tokens\.([A-Za-z_$][\w$]*)/g;
const values: Readonly<Record<string, string>> = tokens;

export function inlineTokens(): Plugin {
  return {
    name: 'aktivitetsplan-inline-tokens',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]@fluentui[\\/]/.test(id) || !tokensImport.test(code)) {
        return undefined;
      }
      const replaced = code.replace(tokenUse, (whole, name: string) => {
        const value = Object.hasOwn(values, name) ? values[name] : undefined;
        return typeof value === 'string' ? JSON.stringify(value) : whole;
      });
      // Same lines, same statements: the module's source map still holds (map: null).
      return replaced === code ? undefined : { code: replaced, map: null };
    },
  };
}
