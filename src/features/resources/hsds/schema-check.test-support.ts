// Checks JSON against the Open Referral HSDS 3.0 JSON Schemas in
// /work/shared/hsds/schema (a sibling of the project folder), for the tests.
// The schemas allow any extra field; here every object is closed
// (additionalProperties: false) so a field HSDS does not define is caught too.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';

export const hsdsSchemaDir = path.resolve(process.cwd(), '../shared/hsds/schema');
/** False where the schema folder is absent: the checks then only warn. */
export const hasHsdsSchemas = fs.existsSync(path.join(hsdsSchemaDir, 'compiled', 'service.json'));

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;
let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();
let warned = false;

type Json = unknown;
function closed(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as Record<string, Json>;
  const copy: Record<string, Json> = {};
  for (const [key, value] of Object.entries(source)) {
    copy[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as Record<string, Json>).map(([name, sub]) => [name, closed(sub)])) : closed(value);
  }
  if (source.type === 'object' && source.properties && source.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

const readSchema = (file: string) => closed(JSON.parse(fs.readFileSync(path.join(hsdsSchemaDir, file), 'utf8'))) as Record<string, Json>;

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // The schemas carry Frictionless Data keywords (constraints, core, example …) that ajv does not know.
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The one-object schemas refer to each other by file name ("phone.json").
  for (const file of fs.readdirSync(hsdsSchemaDir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    ajv.addSchema({ ...readSchema(file), $id: file });
  }
  const openapi = JSON.parse(fs.readFileSync(path.join(hsdsSchemaDir, 'openapi.json'), 'utf8')) as { components: { schemas: { Page: Record<string, Json> } } };
  const pageFields = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];
  // The API reference requires every Page field; contents is checked item by item.
  ajv.addSchema({ ...openapi.components.schemas.Page, required: [...pageFields, 'contents'], $id: 'Page' });
  return ajv;
}

function validatorFor(file: string): ValidateFunction {
  const existing = validators.get(file);
  if (existing) return existing;
  const validate = file.startsWith('compiled/') ? instance().compile(readSchema(file)) : instance().getSchema(file);
  if (!validate) throw new Error(`no HSDS schema ${file}`);
  validators.set(file, validate);
  return validate;
}

function skipWithWarning(): boolean {
  if (hasHsdsSchemas) return false;
  if (!warned) console.warn(`HSDS schema folder not found at ${hsdsSchemaDir}: answers are not checked against the HSDS JSON Schemas.`);
  warned = true;
  return true;
}

/** Asserts `value` is valid against one HSDS schema file, e.g. 'compiled/service.json' or 'taxonomy.json'. */
export function expectHsds(file: string, value: unknown, label = file): void {
  if (skipWithWarning()) return;
  const validate = validatorFor(file);
  const isValid = validate(value);
  expect(isValid, `${label} against ${file}: ${instance().errorsText(validate.errors, { separator: '\n' })}`).toBe(true);
}

/** Asserts `body` is an HSDS Page whose every item is valid against `itemFile`. */
export function expectHsdsPage(itemFile: string, body: { contents?: unknown[] }): void {
  expectHsds('Page', body, 'Page');
  if (!hasHsdsSchemas) return;
  expect(Array.isArray(body.contents)).toBe(true);
  body.contents!.forEach((item, index) => expectHsds(itemFile, item, `contents[${index}]`));
}
