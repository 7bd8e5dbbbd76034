import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { fail, ok, type Result } from '../../app/result.js';
import { iconProblems } from './icons.js';
import { isBundledVersion, validateAgainstSchema } from './manifest-schema.js';
import { fillJsonPlaceholders, type EnvironmentValues } from './placeholders.js';
import { entryName, referencedFiles, type ReferencedFile } from './referenced-files.js';

type PackageEntry = { readonly name: string; readonly bytes: Uint8Array };

export type BuiltPackage = {
  /** The manifest with every placeholder filled. */
  readonly manifest: Record<string, unknown>;
  /** manifest.json first, then each file the manifest names, nothing else. */
  readonly entries: readonly PackageEntry[];
  readonly zip: Uint8Array;
};

export type BuildInput = {
  /** The folder holding manifest.json and the files it names (appPackage/). */
  readonly folder: string;
  readonly values: EnvironmentValues;
};

type Problems = Record<string, string>;

/** The DOS epoch: every entry gets this time, so the same input gives the same zip bytes. */
const fixedTime = new Date(1980, 0, 1, 0, 0, 0);

function addProblem(problems: Problems, key: string, text: string): void {
  problems[key] = problems[key] ? `${problems[key]}; ${text}` : text;
}

function invalid(problems: Problems) {
  const count = Object.keys(problems).length;
  return fail('invalid', `Apppaketet är inte giltigt (${count} fel).`, { fields: problems });
}

/** Fills and parses one JSON file of the package; problems go into `problems`. */
function readJson(
  folder: string,
  name: string,
  values: EnvironmentValues,
  problems: Problems,
): { text: string; json: unknown } | undefined {
  const filled = fillJsonPlaceholders(readFileSync(join(folder, name), 'utf8'), values, name);
  if (!filled.ok) {
    for (const [key, text] of Object.entries(filled.error.fields ?? {})) {
      addProblem(problems, `${name} \${{${key}}}`, text);
    }
    return undefined;
  }
  try {
    return { text: filled.value, json: JSON.parse(filled.value) as unknown };
  } catch (error) {
    addProblem(problems, name, `är inte giltig JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function checkSchema(document: unknown, version: string, file: string, problems: Problems) {
  const kind = file === 'manifest.json' ? 'manifest' : 'localization';
  for (const line of validateAgainstSchema(document, version, kind)) {
    const [path = '/', ...rest] = line.split(' ');
    addProblem(problems, `${file} ${path}`, rest.join(' '));
  }
}

function readReferenced(
  file: ReferencedFile,
  input: BuildInput,
  version: string,
  problems: Problems,
): PackageEntry | undefined {
  const name = entryName(file.path);
  if (name === undefined || !existsSync(join(input.folder, name))) {
    addProblem(problems, file.path, 'filen som manifestet pekar på finns inte i apppaketet.');
    return undefined;
  }
  if (file.kind === 'icon') {
    const bytes = readFileSync(join(input.folder, name));
    for (const problem of iconProblems(file.icon, name, bytes)) addProblem(problems, name, problem);
    return { name, bytes };
  }
  const read = readJson(input.folder, name, input.values, problems);
  if (!read) return undefined;
  checkSchema(read.json, version, name, problems);
  return { name, bytes: new TextEncoder().encode(read.text) };
}

/**
 * Builds the Teams app package: fills the placeholders of manifest.json and of the localization
 * files it names, validates both against the bundled schema of the manifest's version, checks
 * the icons, and zips exactly the manifest and the files it names. Every problem is reported.
 */
export function buildAppPackage(input: BuildInput): Result<BuiltPackage, 'invalid' | 'notFound'> {
  if (!existsSync(join(input.folder, 'manifest.json'))) {
    return fail('notFound', `Det finns ingen manifest.json i ${input.folder}.`);
  }
  const problems: Problems = {};
  const read = readJson(input.folder, 'manifest.json', input.values, problems);
  if (!read) return invalid(problems);
  const manifest = read.json as Record<string, unknown>;
  const version = String(manifest.manifestVersion);
  if (!isBundledVersion(version)) {
    addProblem(problems, 'manifest.json /manifestVersion', `schemat för ${version} finns inte.`);
    return invalid(problems);
  }
  checkSchema(manifest, version, 'manifest.json', problems);
  const entries: PackageEntry[] = [
    { name: 'manifest.json', bytes: new TextEncoder().encode(read.text) },
  ];
  for (const file of referencedFiles(manifest)) {
    const entry = readReferenced(file, input, version, problems);
    if (entry && !entries.some((e) => e.name === entry.name)) entries.push(entry);
  }
  if (Object.keys(problems).length > 0) return invalid(problems);
  const zip = zipSync(
    Object.fromEntries(entries.map((e) => [e.name, [e.bytes, { mtime: fixedTime }]])),
    { level: 9 },
  );
  return ok({ manifest, entries, zip });
}
