import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tokens } from '@fluentui/tokens';
import { describe, expect, it } from 'vitest';
import { inlineTokens } from '../../../scripts/inline-tokens.js';

type Transform = (code: string, id: string) => { code: string } | undefined;
const transform = inlineTokens().transform as unknown as Transform;

const fluentId =
  '/x/node_modules/@fluentui/react-input/lib/components/Input/useInputStyles.styles.js';
const header = "import { tokens, typographyStyles } from '@fluentui/react-theme';\n";

describe('inlineTokens (the tab build puts Fluent tokens in place of the tokens object)', () => {
  it("puts each token's own value in place, defaults included", () => {
    const code = `${header}const a = tokens.spacingHorizontalM;\nconst z = \`\${tokens.zIndexBackground}\`;`;
    const out = transform(code, fluentId)?.code;
    expect(out).toBe(
      `${header}const a = ${JSON.stringify(tokens.spacingHorizontalM)};\n` +
        `const z = \`\${${JSON.stringify(tokens.zIndexBackground)}}\`;`,
    );
    expect(tokens.zIndexBackground).toContain(',');
  });

  it("leaves Button's real styles module with no tokens.x but the same values", async () => {
    const path = fileURLToPath(
      new URL(
        '../../../node_modules/@fluentui/react-button/lib/components/Button/useButtonStyles.styles.js',
        import.meta.url,
      ),
    );
    const code = await readFile(path, 'utf8');
    expect(code).toContain('${tokens.strokeWidthThin}');
    const out = transform(code, path)?.code ?? '';
    expect(out).not.toMatch(/(?<![\w$.])tokens\.[A-Za-z]/);
    expect(out).toContain(`\${${JSON.stringify(tokens.strokeWidthThin)}} + 0.25px`);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('touches no other module, no other object and no name the tokens lack', () => {
    const plain = 'const tokens = { a: 1 };\nexport const b = tokens.a;';
    expect(transform(plain, fluentId)).toBeUndefined();
    expect(transform(`${header}const a = tokens.spacingHorizontalM;`, '/x/src/tab/a.ts')).toBe(
      undefined,
    );
    const other = `${header}// see tokens.js\nconst a = theme.tokens.spacingHorizontalM;`;
    expect(transform(other, fluentId)).toBeUndefined();
  });
});
