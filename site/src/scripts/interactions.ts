// Reader interactions on the static pages: view counts, the visitor box and comments, read from
// and sent to the CMS's public /api/interactions endpoints. No framework, no cookies. Whatever the
// CMS does (down, slow, refusing), the page stays as built: the boxes keep their neutral
// placeholder, baked comments stay, and nothing here throws.
// Every answer is read through the CMS's own contract (shared-types/content/interactions.ts, types
// only: nothing of shared-types or zod is bundled). A body is still checked where it is used: a
// proxy's error page or an older CMS must leave the page as built, not break it.
import type {
  CommentFormTokenResponse,
  CommentPageResponse,
  CommentReceivedResponse,
  CommentSubmission,
  InteractionError,
  PublicComment,
  RecordedViewResponse,
  ViewCountsResponse,
  VisitStatsResponse,
} from '@dbk/shared-types';
import { formatCommentDate, formatCount } from './interactions-format';

/** What may come back: the answer's type, possibly cut short (a proxy, an older CMS), or nothing. */
type Answer<T> = { status: number; body: Partial<T> | null };

const TIMEOUT_MS = 8000;
const MAX_IDS = 100;
const TEXT = {
  sending: 'Đang gửi bình luận…',
  sent: 'Cảm ơn bạn! Bình luận đã được gửi và đang chờ ban biên tập duyệt.',
  tooFast: 'Bạn gửi quá nhanh. Vui lòng đọc lại bình luận và gửi lại sau vài giây.',
  error: 'Không gửi được bình luận. Vui lòng thử lại sau.',
};

function baseOf(el: Element): string | null {
  const url = el.closest('[data-cms-url]')?.getAttribute('data-cms-url') || document.body.dataset.cmsUrl;
  return url ? url.replace(/\/+$/, '') : null;
}

// Every failure (network, timeout, non-JSON) becomes status 0 or the HTTP status, never an exception.
async function api<T>(base: string, path: string, init: RequestInit = {}): Promise<Answer<T>> {
  try {
    const res = await fetch(`${base}/api/interactions${path}`, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    let body: Partial<T> | null = null;
    try {
      body = (await res.json()) as Partial<T>;
    } catch {
      /* empty or not JSON */
    }
    return { status: res.status, body };
  } catch {
    return { status: 0, body: null };
  }
}

function groupByBase<E extends Element>(elements: Iterable<E>): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const el of elements) {
    const base = baseOf(el);
    if (base) groups.set(base, [...(groups.get(base) ?? []), el]);
  }
  return groups;
}

function show(elements: Element[], id: string, views: number | undefined): void {
  if (typeof views !== 'number') return;
  for (const el of elements) if (el.getAttribute('data-view-count') === id) el.textContent = formatCount(views);
}

/** Records the view of this page's article (once), then fills every count, a listing in batches of 100. */
async function viewCounts(): Promise<void> {
  const recordEls = document.querySelectorAll('[data-record-view]');
  const countEls = document.querySelectorAll('[data-view-count]');
  const groups = groupByBase([...recordEls, ...countEls]);
  for (const [base, els] of groups) {
    const counts = els.filter((el) => el.hasAttribute('data-view-count'));
    const recorded = new Set<string>();
    for (const el of els) {
      const id = el.getAttribute('data-record-view');
      if (!id || recorded.has(id)) continue;
      recorded.add(id);
      const answer = await api<RecordedViewResponse>(base, `/views/${encodeURIComponent(id)}`, { method: 'POST', keepalive: true });
      show(counts, id, answer.body?.data?.views);
    }
    const ids = [...new Set(counts.map((el) => el.getAttribute('data-view-count') ?? ''))].filter((id) => id && !recorded.has(id));
    for (let i = 0; i < ids.length; i += MAX_IDS) {
      const batch = ids.slice(i, i + MAX_IDS);
      const answer = await api<ViewCountsResponse>(base, `/views?ids=${batch.map(encodeURIComponent).join(',')}`);
      for (const id of batch) show(counts, id, answer.body?.data?.[id]);
    }
  }
}

/** Records this visit and fills the visitor box with the figures in the same answer. */
async function visitorBoxes(): Promise<void> {
  for (const [base, boxes] of groupByBase(document.querySelectorAll('[data-visitor-stats]'))) {
    const answer = await api<VisitStatsResponse>(base, '/visits', { method: 'POST', keepalive: true });
    const stats = answer.body?.data;
    if (!stats) continue;
    for (const box of boxes) {
      for (const el of box.querySelectorAll('[data-visit-stat]')) {
        const value: unknown = Object.entries(stats).find(([name]) => name === el.getAttribute('data-visit-stat'))?.[1];
        if (typeof value === 'number') el.textContent = formatCount(value);
      }
    }
  }
}

// textContent only: a comment is plain text, so markup and links in it stay inert characters.
function renderComments(list: Element, comments: PublicComment[]): void {
  const items = comments.map((c) => {
    const li = document.createElement('li');
    li.className = 'comment';
    const head = document.createElement('p');
    head.className = 'comment-head';
    const name = document.createElement('strong');
    name.textContent = c.name;
    const time = document.createElement('time');
    time.dateTime = c.createdAt;
    time.textContent = formatCommentDate(new Date(c.createdAt));
    head.append(name, ' · ', time);
    const text = document.createElement('p');
    text.className = 'comment-text';
    text.textContent = c.text;
    li.append(head, text);
    return li;
  });
  list.replaceChildren(...items);
  list
    .closest('[data-comments]')
    ?.querySelector('[data-comments-empty]')
    ?.toggleAttribute('hidden', comments.length > 0);
}

/** Replaces the baked list with the live one (approved since the build), and sends the form. */
async function commentWidgets(): Promise<void> {
  for (const root of document.querySelectorAll<HTMLElement>('[data-comments]')) {
    const base = baseOf(root);
    const articleId = root.dataset.comments;
    if (!base || !articleId) continue;
    const form = root.querySelector<HTMLFormElement>('form[data-comment-form]');
    if (form) enableForm(form, base, articleId);
    const list = root.querySelector('[data-comment-list]');
    const answer = await api<CommentPageResponse>(base, `/comments/${encodeURIComponent(articleId)}`);
    if (list && answer.status === 200 && Array.isArray(answer.body?.data)) renderComments(list, answer.body.data);
  }
}

/**
 * The form's signed token (GET /comment-token): fetched when the reader first focuses the form, so
 * the CMS measures the fill time from then on its own clock. Fetched again after a refusal that
 * says the token is missing or expired, or when it never arrived (then the CMS says "too fast").
 */
function formToken(base: string) {
  let pending: Promise<string | null> | null = null;
  const fetchToken = async () => {
    const answer = await api<CommentFormTokenResponse>(base, '/comment-token');
    return answer.status === 200 && typeof answer.body?.data?.token === 'string' ? answer.body.data.token : null;
  };
  return {
    start: () => {
      pending ??= fetchToken();
    },
    get: async () => (await (pending ??= fetchToken())) ?? '',
    renew: () => {
      pending = fetchToken();
    },
  };
}

function enableForm(form: HTMLFormElement, base: string, articleId: string): void {
  const token = formToken(base);
  form.addEventListener('focusin', token.start, { once: true });
  const status = form.querySelector<HTMLElement>('[data-comment-status]');
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
  const say = (message: string, kind: 'info' | 'ok' | 'error') => {
    if (!status) return;
    status.textContent = message;
    status.dataset.kind = kind;
  };
  if (button) button.disabled = false;
  form.querySelector('[data-needs-js]')?.setAttribute('hidden', '');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (button?.disabled) return;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
    if (button) button.disabled = true;
    say(TEXT.sending, 'info');
    const data: CommentSubmission['data'] = {
      articleId,
      name: field('name'),
      email: field('email'),
      text: field('text'),
      website: field('website'),
      formToken: await token.get(),
    };
    const answer = await api<CommentReceivedResponse | InteractionError>(base, '/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ data }),
    });
    if (button) button.disabled = false;
    const error = answer.body && 'error' in answer.body ? answer.body.error : undefined;
    const reason = error?.details?.reason;
    // A token is good for one form's life: a new one for the next comment or after a refusal of it.
    if (answer.status === 201 || reason === 'thoi_gian' || reason === 'het_han') token.renew();
    if (answer.status === 201) {
      form.reset();
      say(TEXT.sent, 'ok');
    } else if (reason === 'qua_nhanh') {
      say(TEXT.tooFast, 'error');
    } else if ((answer.status === 400 || answer.status === 404 || answer.status === 429) && error?.message) {
      say(error.message, 'error'); // the CMS's own Vietnamese message: which field, or wait
    } else {
      say(TEXT.error, 'error');
    }
  });
}

function start(): void {
  // Each part fails on its own: a refused count must not stop the comments.
  for (const part of [viewCounts, visitorBoxes, commentWidgets]) void part().catch(() => undefined);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
