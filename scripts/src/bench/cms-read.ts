// Step 2: everything the build reads from the CMS, read by the site's own code (fetchAll and the
// collection specs with their populate objects and schemas: validation and view models included),
// all collections at once as Astro's content layer runs its loaders. Counts every request and the bytes of every answer.
import { loadSiteCms } from './site-modules.ts';

export interface ReadResult {
  ms: number;
  requests: number;
  /** bytes of JSON received (uncompressed) */
  bytes: number;
  entries: Record<string, number>;
  requestsPer: Record<string, number>;
}

export async function measureCmsRead(cms: { url: string; buildToken: string }): Promise<ReadResult> {
  // The site's schemas make every media URL absolute from it, as in a build (and map as a build does).
  process.env.CMS_URL ??= cms.url;
  const site = await loadSiteCms();
  const config = { url: cms.url, token: cms.buildToken };
  const original = globalThis.fetch;
  let requests = 0;
  let bytes = 0;
  const requestsPer: Record<string, number> = {};
  globalThis.fetch = async (input, init) => {
    const res = await original(input, init);
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (url.href.startsWith(cms.url)) {
      requests++;
      const key = url.pathname.replace(/^\/api\//, '');
      requestsPer[key] = (requestsPer[key] ?? 0) + 1;
      bytes += (await res.clone().arrayBuffer()).byteLength;
    }
    return res;
  };
  try {
    const started = Date.now();
    const entries: Record<string, number> = {};
    await Promise.all([
      ...Object.entries(site.COLLECTIONS).map(async ([name, c]) => {
        entries[name] = (await site.fetchAll(config, c.spec)).entries.length;
      }),
      site.fetchSingle(config, site.SITE_SETTING).then(() => {
        entries.siteSetting = 1;
      }),
    ]);
    return { ms: Date.now() - started, requests, bytes, entries, requestsPer };
  } finally {
    globalThis.fetch = original;
  }
}
