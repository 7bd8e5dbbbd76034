import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Validates a card against the vendored Adaptive Card 1.5 schema (microsoft/AdaptiveCards,
 * schemas/1.5.0/adaptive-card.json, MIT; see adaptive-card-1.5.schema.md in the shared reference).
 * The schema says draft-06 but names itself with draft-04's `id`: compile with the draft-06
 * meta-schema, `strict: false`, ajv-formats, and without the `id` keyword.
 */

const require = createRequire(import.meta.url);
const cardSchema = require('./adaptive-card-1.5.schema.json') as object;
const draft06 = require('ajv/dist/refs/json-schema-draft-06.json') as object;

// ajv-formats is CommonJS with a `default` property; NodeNext types the default import as the module.
const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled === undefined) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(draft06);
    ajv.removeKeyword('id');
    addFormats(ajv);
    compiled = ajv.compile(cardSchema);
  }
  return compiled;
}

/** The schema errors of a card, as readable lines; empty when the card is valid. */
export function cardSchemaErrors(card: unknown): string[] {
  const validate = validator();
  if (validate(card)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
  );
}
