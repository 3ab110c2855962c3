import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureEnvFile, parseEnv } from '../src/lib/env.ts';

describe('.env on first run', () => {
  it('creates .env with fresh, distinct secrets and keeps them on the next run', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-env-'));
    const file = path.join(dir, '.env');
    expect(ensureEnvFile(file).created).toBe(true);
    const first = parseEnv(fs.readFileSync(file, 'utf8'));
    for (const key of [
      'APP_KEYS',
      'API_TOKEN_SALT',
      'ADMIN_JWT_SECRET',
      'JWT_SECRET',
      'ENCRYPTION_KEY',
      'STRAPI_BUILD_TOKEN',
      'ADMIN_PASSWORD',
    ]) {
      expect(first[key], key).toMatch(/.{16,}/);
    }
    expect(first.APP_KEYS!.split(',')).toHaveLength(4);
    expect(first.ADMIN_PASSWORD).toMatch(/[A-Z]/);
    expect(first.ADMIN_PASSWORD).toMatch(/[a-z]/);
    expect(first.ADMIN_PASSWORD).toMatch(/\d/);
    expect(first.DATABASE_CLIENT).toBe('sqlite');
    expect(ensureEnvFile(file).created).toBe(false);
    expect(parseEnv(fs.readFileSync(file, 'utf8'))).toEqual(first);

    const other = path.join(dir, 'other.env');
    ensureEnvFile(other);
    expect(parseEnv(fs.readFileSync(other, 'utf8')).JWT_SECRET).not.toBe(first.JWT_SECRET);
  });

  it('is readable by its owner only (0600), also an older .env made world-readable', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-env-'));
    const file = path.join(dir, '.env');
    const umask = process.umask(0o022);
    try {
      ensureEnvFile(file);
    } finally {
      process.umask(umask);
    }
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.chmodSync(file, 0o644);
    ensureEnvFile(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.chmodSync(file, 0o644);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^JWT_SECRET=.*$/m, 'JWT_SECRET='));
    ensureEnvFile(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('fills a secret someone left empty without touching the others', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-env-'));
    const file = path.join(dir, '.env');
    ensureEnvFile(file);
    const before = parseEnv(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^JWT_SECRET=.*$/m, 'JWT_SECRET='));
    ensureEnvFile(file);
    const after = parseEnv(fs.readFileSync(file, 'utf8'));
    expect(after.JWT_SECRET).toMatch(/.{16,}/);
    expect(after.JWT_SECRET).not.toBe(before.JWT_SECRET);
    expect(after.APP_KEYS).toBe(before.APP_KEYS);
  });
});
