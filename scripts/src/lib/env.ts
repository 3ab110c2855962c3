import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

const SECRETS: Record<string, () => string> = {
  APP_KEYS: () => Array.from({ length: 4 }, () => randomBytes(16).toString('base64')).join(','),
  API_TOKEN_SALT: () => randomBytes(16).toString('base64'),
  ADMIN_JWT_SECRET: () => randomBytes(32).toString('base64'),
  TRANSFER_TOKEN_SALT: () => randomBytes(16).toString('base64'),
  JWT_SECRET: () => randomBytes(32).toString('base64'),
  ENCRYPTION_KEY: () => randomBytes(32).toString('base64'),
  STRAPI_BUILD_TOKEN: () => randomBytes(32).toString('hex'),
  // The preview server's token, the only one that reads drafts (cms/src/lib/access.ts).
  STRAPI_PREVIEW_TOKEN: () => randomBytes(32).toString('hex'),
  // Shared by the CMS notifier and the rebuild service.
  REBUILD_WEBHOOK_SECRET: () => randomBytes(32).toString('hex'),
  // Signs draft-preview links: the CMS signs, the preview server checks.
  PREVIEW_SECRET: () => randomBytes(32).toString('hex'),
  // Strapi wants upper case, lower case and a digit.
  ADMIN_PASSWORD: () => `Dbk-${randomBytes(9).toString('base64url')}9a`,
};

export function parseEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m?.[1]) out[m[1]] = m[2]?.replace(/^(['"])(.*)\1$/, '$2') ?? '';
  }
  return out;
}

/**
 * Creates .env from .env.example on first run, filling every empty secret with a fresh random
 * value. It holds the CMS's keys and the admin password: readable by its owner only (0600), also
 * when it existed already with a looser mode (an older install, a copy made by hand).
 */
export function ensureEnvFile(file = path.join(ROOT, '.env')): { file: string; created: boolean } {
  if (fs.existsSync(file)) {
    const current = fs.readFileSync(file, 'utf8');
    const values = parseEnv(current);
    const missing = Object.keys(SECRETS).filter((k) => !values[k]);
    if (missing.length > 0) fs.writeFileSync(file, fillSecrets(current, missing));
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    return { file, created: false };
  }
  const template = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
  // Created with its final mode: the secrets are never readable by others, not even for a moment.
  fs.writeFileSync(file, fillSecrets(template, Object.keys(SECRETS)), { mode: 0o600, flag: 'wx' });
  fs.chmodSync(file, 0o600);
  return { file, created: true };
}

function fillSecrets(text: string, keys: string[]): string {
  let out = text;
  for (const key of keys) {
    const value = SECRETS[key]!();
    const line = new RegExp(`^${key}=.*$`, 'm');
    out = line.test(out) ? out.replace(line, `${key}=${value}`) : `${out.trimEnd()}\n${key}=${value}\n`;
  }
  return out;
}

/** The environment for child processes: .env values, overridden by the real environment. */
export function loadEnv(file = path.join(ROOT, '.env')): NodeJS.ProcessEnv {
  const fromFile = fs.existsSync(file) ? parseEnv(fs.readFileSync(file, 'utf8')) : {};
  const env: NodeJS.ProcessEnv = { ...fromFile };
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && v !== '') env[k] = v;
  return env;
}
