import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlanDataSchema, financingLabelsSv } from '../../../src/domain/model.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { planCommand, planTree } from '../../../src/server/cli/commands/plan.js';
import { UsageError } from '../../../src/server/cli/command.js';

const run = promisify(execFile);

type Outcome = { code: number; stdout: string; stderr: string };

async function cli(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(
      'npx',
      ['tsx', 'src/server/cli/main.ts', 'plan', ...args],
      {
        encoding: 'utf8',
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('aktivitetsplan plan (a spawned process)', () => {
  let tree: Outcome;
  let json: Outcome;
  let help: Outcome;
  let wrongFlag: Outcome;

  beforeAll(async () => {
    [tree, json, help, wrongFlag] = await Promise.all([
      cli(),
      cli('--json'),
      cli('--help'),
      cli('--tree'),
    ]);
  });

  it('prints the plan, its parent plan, goals and areas as a Swedish tree', () => {
    expect(tree.code).toBe(0);
    expect(tree.stderr).toBe('');
    const lines = tree.stdout.split('\n');
    expect(lines[0]).toBe('Aktivitetsplan: Aktivitetsplan hedersrelaterat våld och förtryck');
    expect(lines[1]).toBe('├─ Förslag daterat 11 maj 2022, att antas av Kommunstyrelsen');
    expect(tree.stdout).toContain(
      '├─ Kompletterar handlingsplan: Hot & våld i nära relationer & hedersrelaterat våld och förtryck\n│  └─ Antagen juni 2018 av Kommunstyrelsen',
    );
    expect(tree.stdout).toContain('├─ Utvecklingsmedel: 500 tkr');
    expect(tree.stdout).toContain('Nationellt mål: Jämställdhetspolitiskt delmål 6');
    expect(tree.stdout).toContain('Regionalt mål: Ett Östergötland fritt från våld och förtryck');
    const areaLines = lines.filter((l) => /^ {3}[├└]─ \d\. /.test(l)).map((l) => l.slice(6));
    expect(areaLines).toEqual(
      [...seedPlan.areas].sort((a, b) => a.order - b.order).map((a) => `${a.order}. ${a.title}`),
    );
    expect(tree.stdout).toContain(
      'Utbildningsförvaltningen (Barn- och ungdomsnämnden och bildningsnämnden)',
    );
  });

  it('marks every activity as an example, with its departments, dates and financing', () => {
    for (const a of seedPlan.activities) {
      expect(tree.stdout).toContain(`─ ${a.id} ${a.title} (exempel)\n`);
    }
    expect(tree.stdout).toContain(
      '├─ A1.1 Samtalsmaterial om jämställdhet, normer och rättigheter för högstadiet (exempel)\n' +
        '   │  │  ├─ Ansvarig: Utbildningsförvaltningen\n' +
        '   │  │  ├─ Medansvariga: Social- och omsorgsförvaltningen\n' +
        '   │  │  ├─ Tid: 1 september 2022 – 30 juni 2024\n',
    );
    expect(tree.stdout).toContain(`Finansiering: ${financingLabelsSv.developmentFunds} (500 tkr)`);
    expect(tree.stdout).toContain(`Finansiering: ${financingLabelsSv.ownBudget}`);
    expect(tree.stdout.trimEnd().split('\n').at(-1)).toContain('(exempel) är exempel');
  });

  it('prints the PlanData as one JSON object with --json', () => {
    expect(json.code).toBe(0);
    expect(PlanDataSchema.parse(JSON.parse(json.stdout))).toEqual(seedPlan);
  });

  it('shows its usage with --help', () => {
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: aktivitetsplan plan \[--json\]/);
  });

  it('refuses a wrong flag with one line and exit code 2', () => {
    expect(wrongFlag).toEqual({
      code: 2,
      stdout: '',
      stderr: 'aktivitetsplan plan: unknown option --tree\n',
    });
  });
});

describe('planCommand', () => {
  it('refuses an extra argument as a usage error', async () => {
    const io = { out: () => undefined, err: () => undefined };
    await expect((async () => planCommand.run(['extra'], io))()).rejects.toThrow(
      new UsageError("unexpected argument 'extra'"),
    );
  });

  it('does not mark activities that are not examples', () => {
    const real = {
      ...seedPlan,
      activities: seedPlan.activities.map((a) => ({ ...a, example: false })),
    };
    const text = planTree(real).join('\n');
    expect(text).not.toContain('(exempel)');
    expect(text).toContain(
      '─ A1.1 Samtalsmaterial om jämställdhet, normer och rättigheter för högstadiet\n',
    );
  });
});
