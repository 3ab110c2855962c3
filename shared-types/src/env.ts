// The field kinds every package's environment reader is made of (cms/src/lib/env.ts,
// scripts/src/lib/settings.ts, site/src/env.ts), so "on", "3000" or an address mean the same in
// each, and a mistake reads the same everywhere: it names the variable and the value, in
// Vietnamese for the operator. Nothing falls back silently: unset or empty takes the default, any
// other value must be right. Pure: the caller passes the environment (no I/O here).
import { z } from 'zod';

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

type Ctx = z.core.$RefinementCtx;
const unset = (raw: string | undefined): raw is undefined => raw === undefined || raw.trim() === '';
const refuse = (ctx: Ctx, raw: string, expected: string) => {
  ctx.addIssue({ code: 'custom', message: `phải là ${expected}, nhận được "${raw}"` });
  return z.NEVER;
};

/** A text value; unset or empty is `undefined` (or the fallback). Surrounding spaces are dropped. */
export function envText(): z.ZodType<string | undefined, string | undefined>;
export function envText(fallback: string): z.ZodType<string, string | undefined>;
export function envText(fallback?: string): z.ZodType<string | undefined, string | undefined> {
  return z
    .string()
    .optional()
    .transform((raw) => (unset(raw) ? fallback : raw.trim()));
}

/**
 * An on/off switch. An unknown word is an error, never `false`: "ture" must not turn a feature off.
 * A fallback of `undefined` lets the reader's caller pick a default that depends on something else.
 */
export const envSwitch = <F extends boolean | undefined>(fallback: F) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (unset(raw)) return fallback as boolean | F;
      const word = raw.trim().toLowerCase();
      if (TRUE_WORDS.includes(word)) return true;
      if (FALSE_WORDS.includes(word)) return false;
      return refuse(ctx, raw, `một trong ${[...TRUE_WORDS, ...FALSE_WORDS].join(', ')}`);
    });

/** A whole number ≥ min. "1s", "2.5" and "abc" are errors, not the default. */
export const envWhole = (fallback: number, min = 0) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (unset(raw)) return fallback;
      const n = Number(raw);
      return Number.isInteger(n) && n >= min ? n : refuse(ctx, raw, `số nguyên ≥ ${min}`);
    });

/** Any finite number ≥ min (a ratio such as 0.5). */
export const envNumber = (fallback: number, min = 0) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (unset(raw)) return fallback;
      const n = Number(raw);
      return Number.isFinite(n) && n >= min ? n : refuse(ctx, raw, `số ≥ ${min}`);
    });

/** One of a few words (a database kind, a mode). */
export const envChoice = <const V extends readonly [string, ...string[]]>(values: V, fallback: V[number]) =>
  z
    .string()
    .optional()
    .transform((raw, ctx): V[number] => {
      if (unset(raw)) return fallback;
      const word = raw.trim().toLowerCase();
      return values.includes(word) ? word : refuse(ctx, raw, `một trong ${values.join(', ')}`);
    });

/** An http(s) address, or `undefined` when unset; trailing slashes dropped so paths can be appended. */
export const envUrl = () =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (unset(raw)) return undefined;
      const value = raw.trim();
      if (!URL.canParse(value)) return refuse(ctx, raw, 'một địa chỉ URL (ví dụ https://ten-mien.vn)');
      if (!/^https?:$/.test(new URL(value).protocol)) return refuse(ctx, raw, 'địa chỉ bắt đầu bằng http:// hoặc https://');
      return value.replace(/\/+$/, '');
    });

/** A calendar day YYYY-MM-DD, or `undefined` when unset. */
export const envDay = () =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (unset(raw)) return undefined;
      return /^\d{4}-\d{2}-\d{2}$/.test(raw.trim()) ? raw.trim() : refuse(ctx, raw, 'ngày dạng YYYY-MM-DD');
    });

/** The error a reader throws: every wrong variable at once, each by name, so one restart fixes all. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Biến môi trường sai: ${problems.join('; ')}.`);
    this.name = 'EnvError';
  }
}

/**
 * Parses `source` (process.env, or a test's object) with a reader's schema. Variables the schema
 * does not name are ignored: the environment holds much else (PATH, HOME, Strapi's own settings).
 */
export function readEnv<S extends z.ZodObject>(schema: S, source: Record<string, string | undefined>): z.output<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
}

/**
 * One package's reader: parses on first use, and again only when one of the schema's variables
 * changed (a test setting process.env, Strapi loading .env before its config), so a module may ask
 * for its settings at every call without parsing the environment each time.
 */
export function envReader<S extends z.ZodObject>(schema: S): (source: Record<string, string | undefined>) => z.output<S> {
  const names = Object.keys(schema.shape);
  let last: { values: (string | undefined)[]; output: z.output<S> } | null = null;
  return (source) => {
    const values = names.map((name) => source[name]);
    if (last && values.every((value, i) => value === last?.values[i])) return last.output;
    const output = readEnv(schema, source);
    last = { values, output };
    return output;
  };
}
