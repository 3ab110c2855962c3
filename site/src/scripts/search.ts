// The search page in the browser: reads ?q=&loai=&chuyen-muc=&nam= (the header box and the page's
// form are plain GET forms), folds the query like the index (lib/search/query.ts), asks Pagefind,
// re-ranks (lib/search/rank.ts) and shows results ten at a time. Pagefind's files are fetched only
// from here, so no other page pays for search. Any failure leaves the page's listing links.
import { formatNumber } from '@dbk/shared-types/vi-display';
import { highlightSegments } from '../lib/search/highlight';
import { CHANGES_FILE, DELTA_DIR, isDeltaChanges } from '../lib/search/delta-changes';
import { mergeByDate, withoutHidden } from '../lib/search/delta-merge';
import { buildSearchQuery, containsAllTerms, SEARCH_PROMPT } from '../lib/search/query';
import { rankResults } from '../lib/search/rank';
import { FILTERS, META, SEARCH_KINDS, SORT_DATE, type SearchKind } from '../lib/search/record-html';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface SearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: object): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
}
/** What the rest of this script searches with: the main index, merged with a fast release's delta. */
interface Searcher {
  /** page ids of the delta index's results (empty without a delta) */
  deltaPages: ReadonlySet<string>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
}

const PAGE_SIZE = 10;
const PAGE_LENGTH_WEIGHT = 0.2;
// A query whose first few results do not all contain its words found nothing (see containsAllTerms).
const CHECKED = 3;
const PARAMS = { q: 'q', kind: FILTERS.kind, category: FILTERS.category, year: FILTERS.year } as const;
const TEXT = {
  loading: 'Đang tìm…',
  prompt: SEARCH_PROMPT,
  none: 'Không tìm thấy kết quả.',
  noneHint: 'Hãy thử từ khóa khác, bỏ bớt bộ lọc, hoặc tra cứu theo chuyên mục và văn bản bên dưới.',
  error: 'Không tải được dữ liệu tìm kiếm. Vui lòng thử lại sau, hoặc tra cứu theo chuyên mục và văn bản bên dưới.',
  found: (n: number, q: string) => `Tìm thấy ${formatNumber(n)} kết quả${q ? ` cho “${q}”` : ''}.`,
};

let pagefindPromise: Promise<Searcher> | null = null;
function loadPagefind(): Promise<Searcher> {
  pagefindPromise ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const changesPromise = loadChanges(`${base}${DELTA_DIR}/${CHANGES_FILE}`);
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // No worker: one file fewer to download, and searching a few hundred KB of index is quick on
    // the main thread. Only the folded title (Pagefind's `title`) counts as a title match; the
    // unfolded display copies must not count twice. Page length counts little (0.2, Pagefind's
    // default 0.75): bodies keep only three occurrences of a word (MAX_REPEATS), so a long article
    // already gains nothing from repeating the query's words, and a heavy length penalty put every
    // short document and album above the articles.
    const ranking = { pageLength: PAGE_LENGTH_WEIGHT, metaWeights: { title: 5, [META.heading]: 0, [META.excerpt]: 0 } };
    await pf.options({ noWorker: true, ranking });
    await pf.init();
    const changes = await changesPromise;
    if (!changes || (!changes.index && changes.hide.length === 0))
      return { deltaPages: new Set<string>(), search: (term, options) => pf.search(term, options) };
    // A fast release: its changes since the last full build are a small index of their own
    // (README, "Search"). mergeIndex passes no options on, so the ranking is given again.
    if (changes.index) await pf.mergeIndex(`${base}${DELTA_DIR}/`, { ranking });
    const hide = new Set(changes.hide);
    const pages = new Set(changes.pages);
    return {
      deltaPages: pages,
      async search(term, options) {
        const found = await pf.search(term, options);
        const results = withoutHidden(found.results, hide);
        if (!options?.sort || pages.size === 0) return { results };
        return { results: await mergeByDate(results, pages, async (r) => (await r.data()).filters[FILTERS.day]?.[0] ?? null) };
      },
    };
  })();
  pagefindPromise.catch(() => (pagefindPromise = null));
  return pagefindPromise;
}

/** The delta's changes.json (empty in a full build's release); null if the release has none at all. */
async function loadChanges(url: string) {
  const response = await fetch(url);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const changes: unknown = await response.json();
  if (!isDeltaChanges(changes)) throw new Error(`${url}: không đúng định dạng`);
  return changes;
}

interface Params {
  q: string;
  kind: string;
  category: string;
  year: string;
}

function readParams(search: string): Params {
  const p = new URLSearchParams(search);
  return {
    q: p.get(PARAMS.q) ?? '',
    kind: p.get(PARAMS.kind) ?? '',
    category: p.get(PARAMS.category) ?? '',
    year: p.get(PARAMS.year) ?? '',
  };
}

function filtersOf(params: Params): Record<string, string> {
  const filters: Record<string, string> = {};
  if (params.kind in SEARCH_KINDS) filters[FILTERS.kind] = params.kind;
  if (params.category) filters[FILTERS.category] = params.category;
  if (/^[0-9]{4}$/.test(params.year)) filters[FILTERS.year] = params.year;
  return filters;
}

interface Outcome {
  results: PagefindResult[];
  terms: string[];
}

async function runSearch(pf: Searcher, params: Params): Promise<Outcome | null> {
  const query = buildSearchQuery(params.q);
  const filters = filtersOf(params);
  if (!query.text && !query.documentFilter) {
    if (Object.keys(filters).length === 0) return null;
    // Filters alone: a listing, newest first.
    const listing = await pf.search(null, { filters, sort: { [SORT_DATE]: 'desc' } });
    return { results: listing.results, terms: [] };
  }
  const main = query.text ? await pf.search(query.text, { filters }) : { results: [] };
  // Checked for each index apart: a word only one of them knows gets the other's prefix answer.
  const fromDelta = (r: PagefindResult) => pf.deltaPages.has(r.id);
  const unknown = new Set<PagefindResult>();
  for (const side of [main.results.filter((r) => !fromDelta(r)), main.results.filter(fromDelta)]) {
    if (side.length === 0) continue;
    const checked = await Promise.all(side.slice(0, CHECKED).map((r) => r.data()));
    if (!checked.some((d) => containsAllTerms(`${d.content} ${d.meta['title'] ?? ''}`, query.terms))) side.forEach((r) => unknown.add(r));
  }
  const results = main.results.filter((r) => !unknown.has(r));
  const byDate =
    results.length > 1 ? (await pf.search(query.text, { filters, sort: { [SORT_DATE]: 'desc' } })).results.map((r) => r.id) : [];
  const pinned = query.documentFilter
    ? (await pf.search(null, { filters: { ...filters, [FILTERS.document]: query.documentFilter }, sort: { [SORT_DATE]: 'desc' } })).results
    : [];
  const known = new Set(results.map((r) => r.id));
  // Only worth asking when there is something to order.
  const [tones, phrase] =
    results.length > 1 ? await Promise.all([shares(pf, query.exact.toned, filters), shares(pf, query.exact.pairs, filters)]) : [];
  return {
    results: rankResults([...pinned.filter((r) => !known.has(r.id)), ...results], {
      newestFirst: byDate,
      pinned: pinned.map((r) => r.id),
      tones,
      phrase,
    }),
    terms: query.terms,
  };
}

/**
 * For each result id, the share of `tokens` (toned or pair words, exact-tokens.ts) its page has.
 * Each word is asked for alone and in quotes: Pagefind then matches that word only, neither longer
 * words that start with it nor, for a word it does not know, a shorter one.
 */
async function shares(pf: Searcher, tokens: string[], filters: Record<string, string>): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const found = await Promise.all(tokens.map((t) => pf.search(`"${t}"`, { filters })));
  for (const search of found) for (const r of search.results) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  return new Map([...counts].map(([id, n]) => [id, n / tokens.length]));
}

function appendHighlighted(parent: HTMLElement, text: string, terms: string[]): void {
  for (const s of highlightSegments(text, terms)) {
    parent.append(s.mark ? Object.assign(document.createElement('mark'), { textContent: s.text }) : document.createTextNode(s.text));
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), { className });
}

function renderHit(d: PagefindData, terms: string[], categoryNames: Map<string, string>): HTMLLIElement {
  const li = el('li', 'search-hit');
  const meta = el('p', 'search-hit-meta');
  const kind = d.filters[FILTERS.kind]?.[0] as SearchKind | undefined;
  const day = d.filters[FILTERS.day]?.[0];
  const category = d.filters[FILTERS.category]?.map((c) => categoryNames.get(c)).find(Boolean);
  const parts: Node[] = [];
  if (kind && SEARCH_KINDS[kind]) parts.push(Object.assign(el('span', 'search-hit-kind'), { textContent: SEARCH_KINDS[kind] }));
  if (day) {
    const [y, m, dd] = day.split('-');
    parts.push(Object.assign(document.createElement('time'), { dateTime: day, textContent: `${dd}/${m}/${y}` }));
  }
  if (category) parts.push(document.createTextNode(category));
  parts.forEach((p, i) => meta.append(...(i > 0 ? [' · ', p] : [p])));
  const h2 = el('h2', 'search-hit-title');
  const a = Object.assign(document.createElement('a'), { href: d.url });
  appendHighlighted(a, d.meta[META.heading] ?? d.url, terms);
  h2.append(a);
  li.append(meta, h2);
  const excerpt = d.meta[META.excerpt];
  if (excerpt) {
    const p = el('p', 'search-hit-excerpt');
    appendHighlighted(p, excerpt, terms);
    li.append(p);
  }
  return li;
}

export function setupSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !more) return;
  document.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  const input = form.querySelector<HTMLInputElement>(`[name="${PARAMS.q}"]`);
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`[name="${name}"]`);
  const categoryNames = new Map(
    [...(select(PARAMS.category)?.options ?? [])].filter((o) => o.value).map((o) => [o.value, o.text.replace(/^[\s–-]+/u, '')]),
  );

  let generation = 0;
  let shown = 0;
  let current: Outcome | null = null;

  const setStatus = (state: string, message: string, hint = '') => {
    status.dataset.state = state;
    // The listing links, kept out of sight while the first search ran (tim-kiem.astro), come back.
    if (state !== 'loading') document.documentElement.classList.add('search-settled');
    status.replaceChildren(Object.assign(document.createElement('strong'), { textContent: message }), ...(hint ? [' ', hint] : []));
  };

  const fill = (params: Params) => {
    if (input) input.value = params.q;
    for (const [name, value] of [
      [PARAMS.kind, params.kind],
      [PARAMS.category, params.category],
      [PARAMS.year, params.year],
    ] as const) {
      const s = select(name);
      if (s) s.value = [...s.options].some((o) => o.value === value) ? value : '';
    }
  };

  const showMore = async (mine: number) => {
    if (!current) return;
    const batch = current.results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...data.map((d) => renderHit(d, current!.terms, categoryNames)));
    more.hidden = shown >= current.results.length;
  };

  const search = async (params: Params) => {
    const mine = ++generation;
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    current = null;
    if (!params.q.trim() && !Object.keys(filtersOf(params)).length) {
      setStatus('prompt', TEXT.prompt);
      return;
    }
    setStatus('loading', TEXT.loading);
    try {
      const pf = await loadPagefind();
      const outcome = await runSearch(pf, params);
      if (mine !== generation) return;
      if (!outcome) {
        setStatus('prompt', TEXT.prompt);
        return;
      }
      if (outcome.results.length === 0) {
        setStatus('none', TEXT.none, TEXT.noneHint);
        return;
      }
      current = outcome;
      await showMore(mine);
      if (mine !== generation) return;
      setStatus('done', TEXT.found(outcome.results.length, params.q.trim()));
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      setStatus('error', TEXT.error);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = readParams(`?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>)}`);
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({
      [PARAMS.q]: params.q.trim(),
      [PARAMS.kind]: params.kind,
      [PARAMS.category]: params.category,
      [PARAMS.year]: params.year,
    })) {
      if (value) query.set(key, value);
    }
    const url = `${location.pathname}${query.size ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void search(params);
  });
  more.addEventListener('click', () => void showMore(generation));
  input?.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
  window.addEventListener('popstate', () => {
    const params = readParams(location.search);
    fill(params);
    void search(params);
  });

  const initial = readParams(location.search);
  fill(initial);
  void search(initial);
}
