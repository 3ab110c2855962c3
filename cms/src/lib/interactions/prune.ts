import type { Core } from '@strapi/strapi';
import { settings } from './settings';
import { table, TABLES } from './tables';

const EVERY_MS = 10 * 60_000;
let nextPrune = 0;

/**
 * Dedup marks and visitor rows are only needed while their window lasts (and a visitor hash is
 * worthless after midnight anyway); deleting them keeps the tables small. Runs at most every ten
 * minutes, after the response, and never fails a request.
 */
export function pruneSoon(strapi: Core.Strapi, nowMs: number): void {
  if (nowMs < nextPrune) return;
  nextPrune = nowMs + EVERY_MS;
  const { viewWindowMs, visitSessionMs, onlineWindowMs } = settings();
  void (async () => {
    await table(strapi, TABLES.viewMarks)
      .where('seen_at', '<=', nowMs - viewWindowMs)
      .delete();
    await table(strapi, TABLES.visitors)
      .where('last_seen', '<=', nowMs - Math.max(visitSessionMs, onlineWindowMs))
      .delete();
  })().catch((e: Error) => strapi.log.warn(`Không dọn được bảng lượt xem/truy cập: ${e.message}`));
}
