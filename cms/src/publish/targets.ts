import { REBUILD_MAX_LISTED_CHANGES, REBUILD_SECRET_HEADER, type RebuildNotification } from '@dbk/shared-types';
import type { Change } from './rebuild-triggers';
import type { CmsEnv } from '../lib/env';

/** One place the CMS tells "the site must be rebuilt". Secrets travel in headers, never in URLs. */
export interface Target {
  /** for logs: never contains a secret */
  name: string;
  url: string;
  headers: Record<string, string>;
  body(changes: Change[]): unknown;
}

export interface TargetsResult {
  targets: Target[];
  /** configuration mistakes, in Vietnamese, logged at bootstrap */
  problems: string[];
}

// Enough for the rebuild service's log; a bulk publish of hundreds need not travel in full.
function summary(changes: Change[]) {
  return {
    source: 'cms',
    at: new Date().toISOString(),
    count: changes.length,
    changes: changes.slice(0, REBUILD_MAX_LISTED_CHANGES),
  } satisfies RebuildNotification;
}

function parseUrl(value: string, variable: string, problems: string[]): string | null {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // reported below
  }
  problems.push(`${variable}: "${value}" không phải địa chỉ http(s) hợp lệ, bỏ qua.`);
  return null;
}

/** Reads the notification targets from the environment; nothing to click in the admin. */
export function targetsFromEnv(env: CmsEnv): TargetsResult {
  const targets: Target[] = [];
  const problems: string[] = [];

  const rebuildUrl = env.REBUILD_WEBHOOK_URL;
  if (rebuildUrl) {
    const secret = env.REBUILD_WEBHOOK_SECRET;
    const url = parseUrl(rebuildUrl, 'REBUILD_WEBHOOK_URL', problems);
    if (!secret) problems.push('REBUILD_WEBHOOK_URL đã đặt nhưng thiếu REBUILD_WEBHOOK_SECRET: không gửi tới dịch vụ dựng lại.');
    else if (url) targets.push({ name: `dịch vụ dựng lại ${url}`, url, headers: { [REBUILD_SECRET_HEADER]: secret }, body: summary });
  }

  const repo = env.GITHUB_DISPATCH_REPO;
  if (repo) {
    const token = env.GITHUB_DISPATCH_TOKEN;
    const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
    const eventType = env.GITHUB_DISPATCH_EVENT || 'cms-publish';
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) problems.push(`GITHUB_DISPATCH_REPO phải có dạng chủ-sở-hữu/tên-kho, nhận được "${repo}".`);
    else if (!token) problems.push('GITHUB_DISPATCH_REPO đã đặt nhưng thiếu GITHUB_DISPATCH_TOKEN: không gửi repository_dispatch.');
    else {
      const url = parseUrl(`${api}/repos/${repo}/dispatches`, 'GITHUB_API_URL', problems);
      // Strapi's own webhooks cannot send this body, which is why the CMS sends it itself.
      if (url) {
        targets.push({
          name: `GitHub repository_dispatch ${repo}`,
          url,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/vnd.github+json',
            'X-GitHub-Api-Version': '2022-11-28',
            'User-Agent': 'dbk-cms-publish-notifier',
          },
          body: (changes) => {
            const { at, count } = summary(changes);
            // client_payload allows at most 10 top-level keys: keep it small and flat.
            return { event_type: eventType, client_payload: { at, count, uids: [...new Set(changes.map((c) => c.uid))] } };
          },
        });
      }
    }
  }

  for (const raw of (env.BUILD_HOOK_URLS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const url = parseUrl(raw, 'BUILD_HOOK_URLS', problems);
    // A hook URL often carries its own key in the path: log the host only.
    if (url) targets.push({ name: `build hook ${new URL(url).host}`, url, headers: {}, body: summary });
  }
  return { targets, problems };
}
