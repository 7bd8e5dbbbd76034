import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveStyleRulesForSlots, type GriffelStyle } from '@griffel/core';
import { transformWithOxc, type Plugin } from 'vite';

/**
 * Build-time Griffel for the tab's own styles (`*.styles.ts`): each `makeStyles({...})` is
 * evaluated while building and replaced by `__styles(classes, css)`, the precompiled form
 * Fluent's own components ship in. The browser then needs no style resolver (stylis, rtl-css-js,
 * Griffel's runtime resolver: about 8 KB gzip of the first view). Same classes, same CSS, same
 * right-to-left variants as the runtime would produce; tests (not built) keep the runtime path.
 *
 * A styles module may import only `makeStyles`, `shorthands` and `tokens` from
 * '@fluentui/react-components' and export `const useX = makeStyles({...})`; anything else fails
 * the build, not the browser.
 */

const fluentImport = /^import\s*\{([\w\s,]+)\}\s*from\s*'@fluentui\/react-components';\s*$/m;
const allowedImports = new Set(['makeStyles', 'shorthands', 'tokens']);

type Captured = { readonly griffelStyles: Record<string, GriffelStyle> };

function isCaptured(value: unknown): value is Captured {
  return typeof value === 'object' && value !== null && 'griffelStyles' in value;
}

export function precompileStyles(options: {
  readonly root: string;
  readonly cacheDir: string;
}): Plugin {
  let counter = 0;
  return {
    name: 'aktivitetsplan-precompile-styles',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.startsWith(options.root) || !id.endsWith('.styles.ts')) return undefined;
      const names = fluentImport
        .exec(code)?.[1]
        ?.split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      if (!names?.includes('makeStyles') || names.some((n) => !allowedImports.has(n))) {
        this.error(
          `${id}: a styles module imports only makeStyles, shorthands and tokens from Fluent.`,
        );
      }
      const source = code.replace(
        fluentImport,
        [
          "import { tokens } from '@fluentui/tokens';",
          "import { shorthands } from '@griffel/core';",
          'const makeStyles = (griffelStyles: unknown) => ({ griffelStyles });',
        ].join('\n'),
      );
      const js = (await transformWithOxc(source, id, { lang: 'ts' })).code;
      await mkdir(options.cacheDir, { recursive: true });
      const file = join(options.cacheDir, `styles-${process.pid}-${(counter += 1)}.mjs`);
      await writeFile(file, js);
      let exported: Record<string, unknown>;
      try {
        exported = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      } finally {
        await rm(file, { force: true });
      }
      const lines = ["import { __styles } from '@fluentui/react-components';"];
      for (const [name, value] of Object.entries(exported)) {
        if (!isCaptured(value))
          this.error(`${id}: export ${name} is not a makeStyles(...) result.`);
        const [classes, css] = resolveStyleRulesForSlots(value.griffelStyles);
        lines.push(
          `export const ${name} = __styles(${JSON.stringify(classes)}, ${JSON.stringify(css)});`,
        );
      }
      return { code: lines.join('\n'), map: null };
    },
  };
}
