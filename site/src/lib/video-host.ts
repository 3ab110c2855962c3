// What a reader is told before leaving for an external video: the service's name when it is a
// well-known one ("YouTube"), else the address's host ("dienbientv.vn").
const KNOWN: [RegExp, string][] = [
  [/(?:^|\.)(?:youtube\.com|youtu\.be|youtube-nocookie\.com)$/u, 'YouTube'],
  [/(?:^|\.)(?:facebook\.com|fb\.watch)$/u, 'Facebook'],
  [/(?:^|\.)vimeo\.com$/u, 'Vimeo'],
  [/(?:^|\.)tiktok\.com$/u, 'TikTok'],
];

export function videoHostName(url: string): string {
  const host = new URL(url).hostname.toLowerCase().replace(/^www\./u, '');
  return KNOWN.find(([pattern]) => pattern.test(host))?.[1] ?? host;
}
