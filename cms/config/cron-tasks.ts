import { publishDueDocuments } from '../src/publish/scheduled-publish';
import { cmsEnv } from '../src/lib/env';

// Strapi runs these when server.cron.enabled is true. Every instance runs every task; each task
// takes a cluster lock (src/lib/cluster-lock.ts), so with several instances on PostgreSQL one of
// them does the work and the others skip the tick.
export default () => ({
  publishScheduled: {
    // A failed run (database down) is logged and retried at the next tick, never left unhandled.
    task: ({ strapi }: { strapi: Parameters<typeof publishDueDocuments>[0] }) =>
      publishDueDocuments(strapi).catch((e: Error) => strapi.log.error(`Hẹn giờ xuất bản: lượt chạy thất bại: ${e.message}`)),
    // Every minute at second 0 (node-schedule syntax, seconds first when six fields); tests use
    // every second.
    options: { rule: cmsEnv().CRON_PUBLISH_RULE },
  },
});
