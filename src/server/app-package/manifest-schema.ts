import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvDraft04, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

/**
 * Offline validation against the Teams manifest schemas bundled in @microsoft/app-manifest,
 * compiled with Ajv (draft-04, as the schemas declare) so that every error is listed, not only
 * the first. Options as in @microsoft/app-manifest's own validator, plus non-unicode regular
 * expressions: the localization schema has patterns (`\b…]`) that the `u` flag rejects.
 */

export type SchemaKind = 'manifest' | 'localization';

const schemaFiles: Readonly<Record<SchemaKind, string>> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

function schemasRoot(): string {
  const entry = fileURLToPath(import.meta.resolve('@microsoft/app-manifest'));
  return join(dirname(entry), 'json-schemas', 'teams');
}

/** The manifest versions whose schemas are bundled, e.g. `1.30` → the v1.30 folder exists. */
export function isBundledVersion(manifestVersion: string): boolean {
  return (
    /^\d+\.\d+$/.test(manifestVersion) &&
    existsSync(join(schemasRoot(), `v${manifestVersion}`, schemaFiles.manifest))
  );
}

// Both are CommonJS modules whose `module.exports` also carries itself as `default`; NodeNext
// types the default import as the module, so take `default` (the same function at run time).
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

const compiled = new Map<string, ValidateFunction>();

function validator(manifestVersion: string, kind: SchemaKind): ValidateFunction {
  const key = `${manifestVersion}/${kind}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const file = join(schemasRoot(), `v${manifestVersion}`, schemaFiles[kind]);
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  compiled.set(key, validate);
  return validate;
}

/** One line per error: `/bots/0/scopes/3 must be equal to one of the allowed values [...]`. */
function formatSchemaError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '/' : error.instancePath;
  const detail =
    error.keyword === 'enum'
      ? ` ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`
      : error.keyword === 'additionalProperties'
        ? ` '${(error.params as { additionalProperty: string }).additionalProperty}'`
        : '';
  return `${where} ${error.message ?? error.keyword}${detail}`;
}

/** Every schema error of the document, or an empty list. The version must be bundled. */
export function validateAgainstSchema(
  document: unknown,
  manifestVersion: string,
  kind: SchemaKind,
): string[] {
  if (!isBundledVersion(manifestVersion)) {
    throw new Error(`No bundled Teams schema for manifest version ${manifestVersion}`);
  }
  const validate = validator(manifestVersion, kind);
  return validate(document) ? [] : (validate.errors ?? []).map(formatSchemaError);
}
