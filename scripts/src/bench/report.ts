// The table `npm run bench` prints (and the README quotes), with the goals of issue 7 beside the
// figures they apply to.
import { PHASE_NAMES } from './astro-log.ts';
import { PUBLISH_KINDS, type Spread } from './publish.ts';
import type { ProfileSummary } from './cpu-profile.ts';
import type { BenchReport } from './run.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
/** "47.1 s (min 45.0 s, max 69.2 s, 5 runs)" */
const spreadOf = (x: Spread, unit: (n: number) => string) =>
  x.runs === 1 ? unit(x.median) : `median ${unit(x.median)} (min ${unit(x.min)}, max ${unit(x.max)}, ${x.runs} runs)`;

/** "content sync 5.1 s / 980 MB, vite bundle 4.4 s / 1.1 GB, ...": each phase Astro's log shows, its time and peak memory, in build order. */
export function phaseLine(b: Pick<NonNullable<BenchReport['cold']>, 'phases' | 'durations' | 'peakRssByPhase'>): string {
  const found = PHASE_NAMES.filter((name) => b.phases[name]).sort((x, y) => b.phases[x]!.end - b.phases[y]!.end);
  const missing = PHASE_NAMES.filter((name) => !b.phases[name] && name !== 'images');
  return [
    // The search index's start is known only from its closing line (its own ms): its memory samples
    // fall in "other", so it has no figure of its own.
    ...found.map((name) => {
      const span = b.phases[name]!.end - b.phases[name]!.start;
      const time = b.durations[name] ?? 0;
      // A full build's search index runs alongside render and images (astro-log.ts).
      const alongside = span > time + 100 ? ` waited for (${s(span)} in all, alongside the phases before)` : '';
      return `${name} ${s(time)}${alongside}${name in b.peakRssByPhase ? ` / ${mb(b.peakRssByPhase[name]!)}` : ''}`;
    }),
    `other (start-up, routes, hooks) ${s(b.durations.other ?? 0)} / ${mb(b.peakRssByPhase.other ?? 0)}`,
    ...(missing.length ? [`NOT FOUND in the log: ${missing.join(', ')}`] : []),
  ].join(', ');
}

export interface Row {
  figure: string;
  value: string;
  goal: string;
  /** null when the figure has no goal */
  met: boolean | null;
}

export function rows(r: BenchReport): Row[] {
  const out: Row[] = [];
  const add = (figure: string, value: string, goal = '', met: boolean | null = null) => out.push({ figure, value, goal, met });
  if (r.gen) {
    add(
      '1. content generation',
      `${s(r.gen.ms)} (${r.gen.articles} articles, ${r.gen.documents} documents, ${r.gen.galleries} albums / ${r.gen.photos} photos, ${r.gen.covers} covers from ${r.gen.images} images)`,
      'minutes',
      r.gen.ms < 10 * 60_000,
    );
  }
  if (r.read) add('2. CMS read (everything the build needs)', `${s(r.read.ms)}, ${r.read.requests} requests, ${mb(r.read.bytes)} JSON`);
  if (r.cold) {
    add('3. cold full build incl. CMS read', s(r.cold.ms), '≤ 60 s', r.cold.ms <= 60_000);
    add('   pages, pages/s', `${r.cold.pages}, ${r.cold.pagesPerSecond.toFixed(0)}/s`);
    add('   peak memory (RSS, process tree)', mb(r.cold.peakRssBytes), '≤ 2 GB', r.cold.peakRssBytes <= 2 * 2 ** 30);
    add('   phases: time / peak memory', phaseLine(r.cold));
  }
  if (r.warm) {
    add('4. warm rebuild, nothing changed', s(r.warm.ms), '≤ 10 s', r.warm.ms <= 10_000);
    add('   pages rendered / copied from the incremental cache', `${r.warm.pages - r.warm.copiedPages} / ${r.warm.copiedPages}`);
    add('   peak memory', mb(r.warm.peakRssBytes), '≤ 2 GB', r.warm.peakRssBytes <= 2 * 2 ** 30);
    add('   phases: time / peak memory', phaseLine(r.warm));
  }
  if (r.warmEdit) {
    add('4. full build after one edit (the caches of the warm build)', s(r.warmEdit.ms));
    add(
      '   pages rendered / copied from the incremental cache',
      `${r.warmEdit.pages - r.warmEdit.copiedPages} / ${r.warmEdit.copiedPages}`,
    );
    add('   peak memory', mb(r.warmEdit.peakRssBytes), '≤ 2 GB', r.warmEdit.peakRssBytes <= 2 * 2 ** 30);
    add('   phases: time / peak memory', phaseLine(r.warmEdit));
    const shards = r.warmEdit.searchShards;
    if (shards)
      add('   search index shards indexed again / kept from the warm build', `${shards.indexed} / ${shards.shards - shards.indexed}`);
  }
  if (r.fast) {
    const [first, ...next] = r.fast.runs;
    if (first)
      add(
        '4b. fast-lane build, first (its cache empty)',
        `${s(first.build.ms)}, ${first.rendered} pages rendered, peak RSS ${mb(first.build.peakRssBytes)}`,
      );
    const unpublish = r.options.fastChange === 'unpublish';
    if (r.fast.nextMs)
      add(
        `    fast-lane build after one ${unpublish ? 'unpublish' : 'edit'}`,
        `${spreadOf(r.fast.nextMs, s)}, ${next.map((n) => n.rendered).join('/')} pages rendered` +
          (unpublish ? ` (${next.map((n) => n.removed).join('/')} removed)` : '') +
          `, peak RSS ${mb(Math.max(...next.map((n) => n.build.peakRssBytes)))}`,
      );
    const last = r.fast.runs.at(-1);
    if (last) add('    phases of the last: time / peak memory', phaseLine(last.build));
  }
  if (r.publish) {
    const label = { new: 'new article', edited: 'edited article', unpublished: 'unpublished article' } as const;
    for (const kind of PUBLISH_KINDS) {
      const t = r.publish.byKind[kind];
      const lanes = Object.entries(r.publish.lanesByKind[kind])
        .map(([lane, n]) => `${lane} ×${n}`)
        .join(', ');
      add(
        `${kind === 'new' ? '5.' : '  '} publish-to-live, ${label[kind]}`,
        `${spreadOf(t, s)} (lane ${lanes}; peak RSS ${spreadOf(r.publish.rssByKind[kind], mb)})`,
        '≤ 10 s',
        t.median <= 10_000,
      );
    }
  }
  if (r.output) {
    const o = r.output;
    const a = o.typicalArticle;
    add(
      '6. output',
      `${o.files} files, ${mb(o.bytes)} (HTML ${mb(o.byKind.html?.bytes ?? 0)}, images ${mb(o.byKind.images?.bytes ?? 0)}, search ${mb(o.byKind.search?.bytes ?? 0)})`,
    );
    add('   typical article HTML raw / gzip', `${kb(a.html.raw)} / ${kb(a.html.gzip)}`);
    add('   typical article CSS raw / gzip', `${kb(a.css.raw)} / ${kb(a.css.gzip)}`);
    add('   article HTML+CSS gzip', kb(a.htmlCssGzip), '≤ 14 KB', a.htmlCssGzip <= 14 * 1024);
    add(
      '   JS needed to read',
      a.readableWithoutJs ? '0 KB (title and body are in the HTML)' : 'title or body missing from the HTML',
      '0 KB',
      a.readableWithoutJs,
    );
    add(
      '   optional JS raw / gzip',
      `${kb(a.js.raw + a.js.inlineRaw)} (inline ${kb(a.js.inlineRaw)}) / ${kb(a.js.gzip)} in ${a.js.files} file(s)`,
      '≤ 5 KB gzip in files',
      a.js.gzip <= 5 * 1024,
    );
    add('   requests to render', `${a.requests} (${a.requestList.join(', ')})`);
  }
  if (r.search) {
    if (r.search.skipped) add('7. search', `skipped: ${r.search.skipped}`);
    else {
      add('7. search index', `${r.search.indexFiles} files, ${mb(r.search.indexBytes)}`);
      for (const q of r.search.firstQuery)
        add(
          `   first query "${q.query}"`,
          `${kb(q.bytes)} in ${q.requests} requests (index ${kb(q.pagefindBytes)}), ${q.hits} results shown, ${s(q.ms)}`,
        );
    }
  }
  if (r.hugo) {
    const h = r.hugo;
    if (h.skipped) add('8. Hugo on the same content', `skipped: ${h.skipped}`);
    else if (h.projectMs && h.hugoMs) {
      add(
        '8. cold build, project (interleaved)',
        `${spreadOf(h.projectMs, s)}, ${h.project[0]?.pages ?? 0} pages, peak RSS ${mb(Math.max(...h.project.map((b) => b.peakRssBytes)))}`,
      );
      add(
        '   cold build, Hugo (same content)',
        `${spreadOf(h.hugoMs, s)}, ${h.hugo[0]?.htmlFiles ?? 0} pages, peak RSS ${mb(Math.max(...h.hugo.map((b) => b.peakRssBytes)))} (${h.version?.split(' ')[1] ?? ''})`,
      );
      add('   project ÷ Hugo (medians)', h.ratio === null ? '?' : `${h.ratio.toFixed(1)}×`, '≤ 2×', h.ratio !== null && h.ratio <= 2);
    }
  }
  // A profile: its threads and busy time, then the top self times.
  const profileRows = (label: string, p: ProfileSummary) => {
    add(label, `${p.files} thread profile(s), busy ${s(p.busyMs)} of ${s(p.wallMs)} profiled`);
    p.top.forEach((e, i) => add(`   ${i + 1}. ${e.name.replace(/\|/g, '/')}`, `${s(e.ms)} self (${(e.share * 100).toFixed(1)} %)`));
  };
  if (r.profile) profileRows('9. CPU profile of a cold build', r.profile);
  if (r.fastProfile) profileRows('9b. CPU profile of the last fast-lane build', r.fastProfile);
  if (r.warmProfile) profileRows('9c. CPU profile of the warm build', r.warmProfile);
  return out;
}

export function table(r: BenchReport): string {
  const lines = [
    `Benchmark: ${r.options.articles} articles on ${r.options.db}, ${r.machine.cpus} cores (${r.machine.cpuModel}), Node ${r.machine.node}, ` +
      `load average ${r.machine.loadAverage.start[0]?.toFixed(1)} → ${r.machine.loadAverage.end[0]?.toFixed(1)}`,
    '',
    '| figure | value | goal | |',
    '|---|---|---|---|',
    ...rows(r).map((row) => `| ${row.figure} | ${row.value} | ${row.goal} | ${row.met === null ? '' : row.met ? 'ok' : 'MISSED'} |`),
  ];
  return lines.join('\n');
}
