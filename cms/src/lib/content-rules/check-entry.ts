// The shared schema's rules applied to what is about to be written, field by field, with the
// Vietnamese message for each refusal. Only scalar fields: relations, media and components arrive
// at the database layer in forms of their own, and the site tolerates their absence.
import { contentSchemas, normalizeLine, normalizeText, SYSTEM_FIELD_NAMES } from '@dbk/shared-types';
import { MAIN_FIELDS } from '../../bootstrap/admin-labels.data';
import { NEVER_ON_SITE } from '../model-registry';
import { messageFor } from './field-messages';

type Attribute = { type: string };
export type Problem = { path: string[]; message: string };
type Shape = Record<string, { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } }>;

const NOT_SCALAR = new Set(['relation', 'media', 'component', 'dynamiczone']);
const SINGLE_LINE = new Set(['string', 'email', 'uid']);
const MULTI_LINE = new Set(['text', 'richtext']);

/** Our editorial types (not comments: readers write those, through rules of their own). */
export function ruledUid(uid: string): uid is keyof typeof contentSchemas {
  return uid.startsWith('api::') && !Object.hasOwn(NEVER_ON_SITE, uid) && Object.hasOwn(contentSchemas, uid);
}

/** The value as it will be stored and later served: normalised text, ISO datetimes. */
function asServed(type: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string' && SINGLE_LINE.has(type)) return normalizeLine(value);
  if (typeof value === 'string' && MULTI_LINE.has(type)) return normalizeText(value);
  if (type === 'datetime') {
    const date = value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  }
  if (type === 'date' && value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

function check(
  uid: keyof typeof contentSchemas,
  attributes: Record<string, Attribute>,
  data: Record<string, unknown>,
  fields: string[],
): Problem[] {
  const shape = contentSchemas[uid].shape as unknown as Shape;
  const problems: Problem[] = [];
  for (const field of fields) {
    const attribute = attributes[field];
    const rule = shape[field];
    if (!attribute || !rule) continue;
    const result = rule.safeParse(asServed(attribute.type, data[field]));
    if (result.success) continue;
    const issue = result.error!.issues[0] as Parameters<typeof messageFor>[1];
    problems.push({ path: [field], message: messageFor(uid, { ...issue, path: [field, ...issue.path] }) });
  }
  return problems;
}

function scalarFields(attributes: Record<string, Attribute>): string[] {
  return Object.entries(attributes)
    .filter(([name, a]) => !NOT_SCALAR.has(a.type) && !SYSTEM_FIELD_NAMES.includes(name))
    .map(([name]) => name);
}

/**
 * A published entry: every scalar rule of the shared schema, exactly what the site build checks.
 * A uid filled from its target field on save counts as present when that field is.
 */
export function publishedProblems(
  uid: keyof typeof contentSchemas,
  attributes: Record<string, Attribute & { targetField?: string }>,
  data: Record<string, unknown>,
): Problem[] {
  const filled = { ...data };
  for (const [name, a] of Object.entries(attributes)) {
    if (a.type === 'uid' && a.targetField && (filled[name] == null || filled[name] === '')) {
      const target = filled[a.targetField];
      if (typeof target === 'string' && normalizeLine(target) !== '') filled[name] = 'tu-dong';
    }
  }
  return check(uid, attributes, filled, scalarFields(attributes));
}

/**
 * A draft may be unfinished, but it has a name staff can find it by (its main field, "Tiêu đề" for
 * articles), and whatever is filled in already obeys its rule. `creating`: the name must be given.
 */
export function draftProblems(
  uid: keyof typeof contentSchemas,
  attributes: Record<string, Attribute>,
  data: Record<string, unknown>,
  creating: boolean,
): Problem[] {
  const main = MAIN_FIELDS[uid];
  const given = scalarFields(attributes).filter((f) => f !== main && data[f] !== undefined && data[f] !== null && data[f] !== '');
  const fields = main && (creating || main in data) ? [main, ...given] : given;
  return check(uid, attributes, data, fields);
}
