import type { z } from 'zod';

/**
 * A JSON file a build writes and another process reads (build-info.json, page-keys.json, ...):
 * its content checked against its schema, or a Vietnamese reason naming the file and the first
 * wrong field.
 */
export function parseJsonFile<S extends z.ZodType>(name: string, schema: S, text: string): z.output<S> | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return `${name} không phải JSON hợp lệ: ${(e as Error).message}`;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `${name} sai ở "${issue?.path.join('.') || '(gốc)'}": ${issue?.message ?? 'không đúng dạng'}`;
}
