/**
 * A whole number ≥ 0 from the environment, or the default when unset. A malformed value stops the
 * start with the variable's name: a typo must not quietly become the default.
 */
export function envInt(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} phải là số nguyên ≥ 0, nhận được "${value}".`);
  return n;
}
