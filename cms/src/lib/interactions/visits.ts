import type { Core } from '@strapi/strapi';
import { settings } from './settings';
import { table, TABLES, transaction } from './tables';
// "Today" and "yesterday" are calendar days in Việt Nam, whatever the server's zone.
import { dayInVietnam, previousDayInVietnam } from '@dbk/shared-types/vi-display';
import type { VisitStats } from '@dbk/shared-types';

/**
 * A visit is a visitor's first request after `visitSessionMs` without any. The visitor hash
 * changes at midnight (new salt), so a session never spans two days. Like views, whether a visit
 * starts is decided by a conditional upsert under a row lock, and the day counter is incremented
 * by the database.
 */
export async function recordVisit(strapi: Core.Strapi, visitor: string, nowMs: number): Promise<boolean> {
  const { visitSessionMs } = settings();
  const sessionStart = nowMs - visitSessionMs;
  return transaction(strapi, async (trx) => {
    const continued = await table(strapi, TABLES.visitors, trx)
      .where({ visitor })
      .where('last_seen', '>', sessionStart)
      .update({ last_seen: nowMs });
    if (Number(continued) > 0) return false;
    const started = (await table(strapi, TABLES.visitors, trx)
      .insert({ visitor, last_seen: nowMs })
      .onConflict('visitor')
      .merge({ last_seen: nowMs })
      .where(`${TABLES.visitors}.last_seen`, '<=', sessionStart)
      .returning('visitor')) as unknown[];
    if (started.length === 0) return false;
    await table(strapi, TABLES.visitDays, trx)
      .insert({ day: dayInVietnam(nowMs), visits: 1 })
      .onConflict('day')
      .merge({ visits: trx.raw('?? + 1', [`${TABLES.visitDays}.visits`]) });
    return true;
  });
}

export async function readStats(strapi: Core.Strapi, nowMs: number): Promise<VisitStats> {
  const { onlineWindowMs, visitsBase } = settings();
  const today = dayInVietnam(nowMs);
  const yesterday = previousDayInVietnam(nowMs);
  const [days, sum, online] = await Promise.all([
    table(strapi, TABLES.visitDays).whereIn('day', [today, yesterday]).select('day', 'visits') as Promise<
      { day: string; visits: number | string }[]
    >,
    table(strapi, TABLES.visitDays).sum({ total: 'visits' }).first() as Promise<{ total: number | string | null } | undefined>,
    table(strapi, TABLES.visitors)
      .where('last_seen', '>', nowMs - onlineWindowMs)
      .where('last_seen', '<=', nowMs)
      .count({ n: '*' })
      .first() as Promise<{ n: number | string } | undefined>,
  ]);
  const of = (day: string) => Number(days.find((d) => d.day === day)?.visits ?? 0);
  return { total: visitsBase + Number(sum?.total ?? 0), online: Number(online?.n ?? 0), today: of(today), yesterday: of(yesterday) };
}
