// Crawlers, link previewers, monitors and scripted clients announce themselves in the User-Agent;
// counting them would make every article look read. Browsers always send a User-Agent.
const BOT = new RegExp(
  [
    'bot\\b',
    'bot/',
    'crawl',
    'spider',
    'slurp',
    'archiver',
    'facebookexternalhit',
    'facebookcatalog',
    'embedly',
    'preview',
    'headless',
    'phantomjs',
    'lighthouse',
    'pagespeed',
    'pingdom',
    'uptime',
    'monitor',
    'statuscake',
    'curl/',
    'wget/',
    'python',
    'java/',
    'okhttp',
    'go-http-client',
    'node-fetch',
    'undici',
    'axios',
    'httpclient',
    'libwww',
    'scrapy',
    'feedfetcher',
    'whatsapp',
    'skypeuripreview',
  ].join('|'),
  'i',
);

export function isBot(userAgent: string | undefined, headers: Record<string, string | string[] | undefined> = {}): boolean {
  if (!userAgent || userAgent.length < 10) return true;
  if (userAgent === 'node') return true;
  // Browsers prefetching a link the reader has not opened yet.
  const purpose = String(headers['sec-purpose'] ?? headers.purpose ?? '');
  if (/prefetch|prerender/i.test(purpose)) return true;
  return BOT.test(userAgent);
}
