// The phases of one `astro build`, read from its log as Astro 7.3 and the site's integrations write
// it. Each phase has a line that opens it and, where Astro prints one, a line that closes it
// ("✓ Completed in ..."), so a phase never silently swallows the next one: time between phases
// (start-up, route collection, the sitemap and other hooks, exit) is reported as "other".
//
// Order of a server-output build (client/ + server/, this site):
//   [content] Syncing content … [content] Synced content            content sync (CMS read + store)
//   [build] Building server entrypoints...                          Vite bundles, then Astro prerenders
//     prerendering static routes … ✓ Completed in                   render pages
//     generating optimized images … ✓ Completed in                  images (sharp)
//   [build] ✓ Completed in ...                                      (end of the Vite step)
//   [dbk-search-index] Chỉ mục tìm kiếm: … (N ms…)                  search index (its own ms)
//   [build] 12701 page(s) built in 96.1s / Server built in          Astro's own total
//   [build] Complete!
//
// A full build indexes search alongside render and images (site/src/lib/search/records-hand-off.ts):
// its phase spans its own N ms, but in the durations, which add up to the build's time, it counts
// only for the wait after the phases before its line ended.
import { stripVTControlCharacters } from 'node:util';

export interface TimedLine {
  /** ms from the start of the build to the moment the line arrived */
  ms: number;
  text: string;
}

export const PHASE_NAMES = ['content sync', 'vite bundle', 'render pages', 'images', 'search index'] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

export interface Phase {
  /** ms from the build's start */
  start: number;
  end: number;
}

export interface ParsedLog {
  phases: Partial<Record<PhaseName, Phase>>;
  /** what Astro printed as its total ("… page(s) built in 96.1s"), ms, or null */
  astroTotalMs: number | null;
  /** pages Astro copied from its incremental cache instead of rendering */
  copiedPages: number;
  /** pages Astro reports built */
  pagesBuilt: number | null;
  /** a full build's search index in shards: how many, and how many Pagefind indexed (not kept) */
  searchShards: { shards: number; indexed: number } | null;
  complete: boolean;
}

const COMPLETED = /✓ Completed in/;
// A full build's line, or a fast build's ("Chỉ mục tìm kiếm bổ sung: …", lib/search/build-search.ts).
const SEARCH = /Chỉ mục tìm kiếm(?: bổ sung)?: .*\((\d+) ms/;
// … (N ms, 15 phần, lập lại 1): the shards kept from the last full build were joined, not indexed.
const SHARDS = /, (\d+) phần, lập lại (\d+)\)/;

/** Which phase a line opens, if any. */
export function opens(text: string): PhaseName | null {
  if (/\[content\] Syncing content/.test(text)) return 'content sync';
  if (/\[build\] Building (?:server|static) entrypoints/.test(text)) return 'vite bundle';
  if (/(?:prerendering|generating) static routes/.test(text)) return 'render pages';
  if (/generating optimized images/.test(text)) return 'images';
  return null;
}

const seconds = (raw: string) => {
  const m = /([\d.]+)\s*(ms|s|m)\b/.exec(raw);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
};

export interface AstroLogParser {
  /** reads one line; says which phase it opened and which it closed (for memory sampling by phase) */
  push(line: TimedLine): { opened: PhaseName | null; closed: PhaseName | null };
  result(): ParsedLog;
}

/** Reads a build's log line by line as it arrives (colour codes allowed: they are stripped). */
export function createAstroLogParser(): AstroLogParser {
  const phases: ParsedLog['phases'] = {};
  const result: ParsedLog = { phases, astroTotalMs: null, copiedPages: 0, pagesBuilt: null, searchShards: null, complete: false };
  let open: PhaseName | null = null;
  return {
    push({ ms, text: raw }) {
      const text = stripVTControlCharacters(raw);
      let closed: PhaseName | null = null;
      const close = () => {
        if (open) {
          phases[open]!.end = ms;
          closed = open;
        }
        open = null;
      };
      const opened = opens(text);
      if (opened && !(opened in phases)) {
        // Vite's step has no closing line of its own before Astro starts rendering inside it.
        close();
        phases[opened] = { start: ms, end: ms };
        open = opened;
        return { opened, closed };
      }
      if (open === 'content sync' && /\[content\] Synced content/.test(text)) close();
      else if ((open === 'render pages' || open === 'images') && COMPLETED.test(text)) close();
      const search = SEARCH.exec(text);
      if (search) {
        close();
        phases['search index'] = { start: Math.max(0, ms - Number(search[1])), end: ms };
        const shards = SHARDS.exec(text);
        if (shards) result.searchShards = { shards: Number(shards[1]), indexed: Number(shards[2]) };
      }
      // Astro marks a page it copied from the incremental cache "(cached)" or "(restored)".
      if (/\((?:cached|restored)\)/.test(text)) result.copiedPages++;
      const total = /(?:(\d+) page\(s\) built|Server built) in (.+)$/.exec(text);
      if (total) {
        close();
        result.pagesBuilt = total[1] === undefined ? null : Number(total[1]);
        result.astroTotalMs = seconds(total[2]!);
      }
      if (/\[build\] Complete!/.test(text)) {
        close();
        result.complete = true;
      }
      return { opened: null, closed };
    },
    result: () => result,
  };
}

/** Phases of a whole log. */
export function parseAstroLog(lines: TimedLine[]): ParsedLog {
  const parser = createAstroLogParser();
  for (const line of lines) parser.push(line);
  return parser.result();
}

/**
 * Duration of each phase found, plus "other" (start-up, routes, hooks, exit): totalMs minus the rest.
 * Phases overlap only where the search index ran alongside the others: it counts from when the last
 * of them ended.
 */
export function phaseDurations(parsed: ParsedLog, totalMs: number): Record<string, number> {
  const out: Record<string, number> = {};
  let ended = 0;
  for (const name of PHASE_NAMES) {
    const p = parsed.phases[name];
    if (!p) continue;
    out[name] = Math.max(0, p.end - Math.max(p.start, ended));
    ended = Math.max(ended, p.end);
  }
  out.other = Math.max(0, totalMs - Object.values(out).reduce((a, b) => a + b, 0));
  return out;
}

/** The bench keeps each build's log as "+<ms>\t<line>" (readable, and re-parsable by tests). */
export const formatTimedLine = (l: TimedLine) => `+${l.ms}\t${l.text}`;

export function readTimedLog(text: string): TimedLine[] {
  return text
    .split('\n')
    .map((line) => /^\+(\d+)\t(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ ms: Number(m[1]), text: m[2]! }));
}
