import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cruise(dir: string): { code: number; output: string } {
  try {
    const output = execFileSync('npx', ['depcruise', dir, '--config', '.dependency-cruiser.cjs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, output: e.stdout };
  }
}

let fixtureRun: { code: number; output: string } | undefined;
/** The fixture tree, cruised once for both sides of the rule. */
const fixture = () => (fixtureRun ??= cruise('tests/fixtures/layers/src'));

describe('the layer rule', () => {
  it('fails on a domain module that imports the Graph layer and node:fs, and on an emulator that imports the app', () => {
    const { code, output } = fixture();
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /domain-is-pure: tests\/fixtures\/layers\/src\/domain\/bad\.ts → tests\/fixtures\/layers\/src\/graph\/client\.ts/,
    );
    expect(output).toMatch(/domain-is-pure: tests\/fixtures\/layers\/src\/domain\/bad\.ts → fs/);
    expect(output).toMatch(/emulator-is-separate: tests\/fixtures\/layers\/src\/emulator\/bad\.ts/);
    expect(output).toMatch(
      /adapters-do-not-use-fakes: tests\/fixtures\/layers\/src\/graph\/store\.ts → tests\/fixtures\/layers\/src\/app\/in-memory\/fake-store\.ts/,
    );
  });

  it('lets in what keeps the rule: the domain importing the domain, the app its own fakes', () => {
    // The real tree is cruised by `npm run layers`, which `npm test` runs before the tests.
    const { output } = fixture();
    expect(output).not.toMatch(/domain\/good\.ts →/);
    expect(output).not.toMatch(/app\/good-use-case\.ts →/);
    expect(output).toMatch(/domain\/bad\.ts →/);
  });
});
