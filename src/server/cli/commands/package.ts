import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, parseCommandArgs, type Command, type CommandIo } from '../command.js';

const usage = `Usage: aktivitetsplan package [--env NAME] [--root DIR]

Builds the Teams app package appPackage/build/appPackage.<NAME>.zip: fills the \${{…}}
placeholders of appPackage/manifest.json and its localization files from env/.env.<NAME>
(then env/.env.<NAME>.user, then the process environment, which wins), validates them against
the manifest schema bundled in @microsoft/app-manifest (every error is listed), checks the
icons, and zips the manifest with exactly the files it names. Also writes the filled manifest
to appPackage/build/manifest.<NAME>.json.

Options:
  --env NAME  the environment (default: dev)
  --root DIR  the project folder (default: this project)
  -h, --help  show this help

Exit codes: 0 built, 1 the package is not valid (each problem on its own line), 2 bad usage.
Example: npm run package -- --env dev`;

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));

function printFailure(io: CommandIo, message: string, fields: Readonly<Record<string, string>>) {
  io.err(`aktivitetsplan package: ${message}`);
  for (const [where, what] of Object.entries(fields)) io.err(`  ${where}: ${what}`);
}

export const packageCommand: Command = {
  name: 'package',
  summary: 'Build and validate the Teams app package for an environment (env/.env.<name>).',
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      env: { type: 'string', default: 'dev' },
      root: { type: 'string' },
    });
    const root = values.root ?? projectRoot;
    // The builder pulls in Ajv, the bundled schemas and the zip writer: load them only here.
    const { loadEnvironment } = await import('../../app-package/environment.js');
    const { buildAppPackage } = await import('../../app-package/build-package.js');
    const environment = loadEnvironment({ root, name: values.env, overrides: processValues() });
    if (!environment.ok) {
      if (environment.error.reason === 'invalid') throw new UsageError(environment.error.message);
      printFailure(io, environment.error.message, {});
      return 1;
    }
    const folder = join(root, 'appPackage');
    const built = buildAppPackage({ folder, values: environment.value });
    if (!built.ok) {
      printFailure(io, built.error.message, built.error.fields ?? {});
      return 1;
    }
    const out = join(folder, 'build');
    mkdirSync(out, { recursive: true });
    const zipPath = join(out, `appPackage.${values.env}.zip`);
    writeFileSync(zipPath, built.value.zip);
    writeFileSync(
      join(out, `manifest.${values.env}.json`),
      `${JSON.stringify(built.value.manifest, null, 2)}\n`,
    );
    const names = built.value.entries.map((e) => e.name).join(', ');
    io.out(`Built appPackage/build/appPackage.${values.env}.zip (${built.value.zip.length} bytes)`);
    io.out(`  ${built.value.entries.length} files: ${names}`);
    io.out('  Valid against the bundled Teams manifest schema.');
    return 0;
  },
};

/** The process environment as overrides (set values only). */
function processValues(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
}
