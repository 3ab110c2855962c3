// The one test that ties the contract to the CMS: every schema.json attribute has a matching zod
// field of the same kind, requiredness, length and values, and nothing extra exists on either side.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ANNIVERSARY_DEFAULTS, componentSchemas, contentSchemas, SLUG_MAX_LENGTH, SYSTEM_FIELD_NAMES } from '../src/index.js';

const CMS_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cms/src');

type Attribute = {
  type: string;
  default?: unknown;
  required?: boolean;
  targetField?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  regex?: string;
  enum?: string[];
  relation?: string;
  multiple?: boolean;
  repeatable?: boolean;
  component?: string;
};
type Shape = Record<string, z.ZodType>;

function readJson(file: string): { attributes: Record<string, Attribute> } {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function contentTypeFile(uid: string): string {
  const name = uid.split('.')[1]!;
  return path.join(CMS_SRC, 'api', name, 'content-types', name, 'schema.json');
}

const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

function sampleFor(attr: Attribute): unknown {
  switch (attr.type) {
    case 'email':
      return 'vanphong@dangbo.vn';
    case 'integer':
      return attr.min ?? 3;
    case 'boolean':
      return true;
    case 'date':
      return '2020-08-17';
    case 'datetime':
      return '2020-08-17T01:33:00.000Z';
    case 'enumeration':
      return attr.enum![0];
    default:
      return attr.regex ? 'https://dangbo.vn' : 'noi-dung';
  }
}

function checkAttribute(name: string, attr: Attribute, field: z.ZodType) {
  const where = `${name} (${attr.type})`;
  // A default the contract fills in must be the CMS's own: two values would mean two behaviours.
  const filled = field.safeParse(undefined);
  if (filled.success && filled.data !== undefined) expect(filled.data, `${where}: default`).toEqual(attr.default);
  if (['relation', 'media', 'component'].includes(attr.type)) {
    const many = attr.type === 'relation' ? /ToMany$/.test(attr.relation ?? '') : attr.type === 'media' ? attr.multiple : attr.repeatable;
    expect(ok(field, undefined), `${where}: absent unless populated`).toBe(true);
    expect(ok(field, many ? [] : null), `${where}: ${many ? 'a list' : 'a single value or null'}`).toBe(true);
    if (!many) expect(ok(field, []), `${where}: not a list`).toBe(false);
    return;
  }
  const sample = sampleFor(attr);
  expect(ok(field, sample), `${where}: accepts ${JSON.stringify(sample)}`).toBe(true);
  // A uid with a target field is filled in on every save (cms normalise-on-save), so it is never null.
  const alwaysSet = attr.required || (attr.type === 'uid' && !!attr.targetField);
  expect(ok(field, null), `${where}: null only when optional`).toBe(!alwaysSet);
  expect(ok(field, attr.type === 'boolean' || attr.type === 'integer' ? 'x' : 42), `${where}: rejects the wrong type`).toBe(false);
  if (attr.type === 'integer') {
    expect(ok(field, 1.5), `${where}: integers only`).toBe(false);
    if (attr.min !== undefined) expect(ok(field, attr.min - 1), `${where}: min ${attr.min}`).toBe(false);
    if (attr.max !== undefined) expect(ok(field, attr.max + 1), `${where}: max ${attr.max}`).toBe(false);
  }
  if (attr.type === 'enumeration') {
    for (const value of attr.enum!) expect(ok(field, value), `${where}: accepts ${value}`).toBe(true);
    expect(ok(field, 'khong_co_gia_tri_nay'), `${where}: rejects unknown values`).toBe(false);
  }
  if (attr.maxLength && !attr.regex && attr.type !== 'email') {
    expect(ok(field, 'a'.repeat(attr.maxLength)), `${where}: ${attr.maxLength} characters allowed`).toBe(true);
    expect(ok(field, 'a'.repeat(attr.maxLength + 1)), `${where}: over ${attr.maxLength} characters refused`).toBe(false);
  }
}

function checkModel(attributes: Record<string, Attribute>, shape: Shape, ignored: string[]) {
  const zodFields = Object.keys(shape)
    .filter((k) => !ignored.includes(k))
    .sort();
  expect(zodFields).toEqual(Object.keys(attributes).sort());
  for (const [name, attr] of Object.entries(attributes)) checkAttribute(name, attr, shape[name]!);
}

describe('shared-types mirror every Strapi schema.json', () => {
  it('covers every content type of the CMS, and no other', () => {
    const apis = fs.readdirSync(path.join(CMS_SRC, 'api')).filter((n) => fs.existsSync(contentTypeFile(`api::${n}.${n}`)));
    // Types only the CMS reads, with no contract to mirror: the publication log (admin only).
    const cmsOnly = ['api::audit-log.audit-log'];
    expect(Object.keys(contentSchemas).sort()).toEqual(
      apis
        .map((n) => `api::${n}.${n}`)
        .filter((uid) => !cmsOnly.includes(uid))
        .sort(),
    );
  });

  for (const [uid, schema] of Object.entries(contentSchemas)) {
    it(`${uid} agrees field by field`, () => {
      checkModel(readJson(contentTypeFile(uid)).attributes, schema.shape as Shape, SYSTEM_FIELD_NAMES);
    });
  }

  it('gives every slug field the one shared limit the CMS slug maker uses (SLUG_MAX_LENGTH)', () => {
    const uids = Object.keys(contentSchemas).flatMap((uid) =>
      Object.entries(readJson(contentTypeFile(uid)).attributes)
        .filter(([, a]) => a.type === 'uid')
        .map(([name, a]) => [`${uid}.${name}`, a.maxLength]),
    );
    expect(uids.length).toBeGreaterThan(5);
    for (const [where, maxLength] of uids) expect(maxLength, String(where)).toBe(SLUG_MAX_LENGTH);
  });

  it("declares every anniversary default the banner relies on, equal to the CMS's", () => {
    // The banner reads these for entries saved before a default existed or through the API with null.
    const attributes = readJson(contentTypeFile('api::anniversary.anniversary')).attributes;
    const declared = Object.fromEntries(
      Object.entries(attributes)
        .filter(([, a]) => a.default !== undefined)
        .map(([k, a]) => [k, a.default]),
    );
    expect(ANNIVERSARY_DEFAULTS).toEqual(declared);
  });

  it('covers every component, and no other', () => {
    const found = fs
      .readdirSync(path.join(CMS_SRC, 'components'))
      .flatMap((cat) => fs.readdirSync(path.join(CMS_SRC, 'components', cat)).map((f) => `${cat}.${f.replace(/\.json$/, '')}`));
    expect(Object.keys(componentSchemas).sort()).toEqual(found.sort());
  });

  for (const [uid, schema] of Object.entries(componentSchemas)) {
    it(`component ${uid} agrees field by field`, () => {
      const [cat, name] = uid.split('.');
      checkModel(readJson(path.join(CMS_SRC, 'components', cat!, `${name}.json`)).attributes, schema.shape as Shape, ['id']);
    });
  }
});
