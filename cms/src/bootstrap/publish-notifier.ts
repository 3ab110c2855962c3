import type { Core } from '@strapi/strapi';
import { createCoalescer } from '../publish/coalescer';
import { deliverWithRetry, type RetryPolicy } from '../publish/deliver';
import { changeOf } from '../publish/rebuild-triggers';
import { targetsFromEnv } from '../publish/targets';
import { modelRegistry } from '../lib/model-registry';
import { cmsEnv } from '../lib/env';

/**
 * Tells the rebuild service, a GitHub workflow and/or build hooks that the public site changed.
 *
 * The event hub is fed by the document service only after the database transaction commits (and
 * by the upload plugin for media), so a notification never announces a change that was rolled
 * back. The listener only queues: delivery, retries and their waiting happen outside the editor's
 * request, which neither waits for them nor fails because of them.
 */
export function registerPublishNotifier(strapi: Core.Strapi): void {
  const env = cmsEnv();
  const { targets, problems } = targetsFromEnv(env);
  for (const problem of problems) strapi.log.error(`Thông báo dựng lại: ${problem}`);
  if (targets.length === 0) {
    strapi.log.info('Thông báo dựng lại: chưa cấu hình đích nào (REBUILD_WEBHOOK_URL, GITHUB_DISPATCH_REPO, BUILD_HOOK_URLS).');
    return;
  }
  const policy: RetryPolicy = {
    attempts: env.NOTIFY_RETRY_ATTEMPTS,
    // 1, 2, 4, 8, 16 s: a rebuild service restarting (as during `npm start`) is back in time.
    baseDelayMs: env.NOTIFY_RETRY_BASE_MS,
    timeoutMs: env.NOTIFY_TIMEOUT_MS,
  };
  const log = {
    info: (m: string) => strapi.log.info(m),
    warn: (m: string) => strapi.log.warn(m),
    error: (m: string) => strapi.log.error(m),
  };
  const coalescer = createCoalescer(env.NOTIFY_BATCH_MS, (changes) => {
    for (const target of targets) void deliverWithRetry(target, changes, policy, log);
  });
  const models = modelRegistry(strapi);
  // The event hub awaits its subscribers: this one queues and returns at once.
  strapi.eventHub.subscribe(async (eventName: string, payload: unknown) => {
    const change = changeOf(eventName, payload, models);
    if (change) coalescer.add(change);
  });
  strapi.log.info(`Thông báo dựng lại tới: ${targets.map((t) => t.name).join('; ')}.`);
}
