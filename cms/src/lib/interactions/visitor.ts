import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { table, TABLES } from './tables';
// The salt changes at midnight in Việt Nam, whatever the server's zone.
import { dayInVietnam } from '@dbk/shared-types/vi-display';

// The salt of the day, cached: one database round trip per process per day.
let cached: { day: string; salt: Promise<string> } | null = null;

/**
 * A random salt per Việt Nam calendar day, shared by every process through the database. Once the
 * day is over its salt is deleted, so nobody (not even with the database and a list of addresses)
 * can tell which hash was which reader: yesterday's visitors cannot be linked to today's.
 */
function dailySalt(strapi: Core.Strapi, day: string): Promise<string> {
  if (cached?.day === day) return cached.salt;
  const salt = (async () => {
    await table(strapi, TABLES.salts)
      .insert({ day, salt: randomBytes(32).toString('base64url') })
      .onConflict('day')
      .ignore();
    await table(strapi, TABLES.salts).where('day', '<', day).delete();
    const row = (await table(strapi, TABLES.salts).where({ day }).first('salt')) as { salt: string } | undefined;
    if (!row) throw new Error(`Không tạo được muối (salt) của ngày ${day}`);
    return row.salt;
  })();
  cached = { day, salt };
  salt.catch(() => {
    if (cached?.salt === salt) cached = null;
  });
  return salt;
}

/**
 * A cookie-less visitor id: a hash of the day's salt, the client address and its browser. The
 * address itself is never stored, and the id changes every day.
 */
export async function visitorId(strapi: Core.Strapi, ip: string, userAgent: string, nowMs: number): Promise<string> {
  const salt = await dailySalt(strapi, dayInVietnam(nowMs));
  return createHash('sha256').update(`${salt}\n${ip}\n${userAgent}`).digest('base64url').slice(0, 32);
}
