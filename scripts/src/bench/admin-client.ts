// The admin API as the admin panel calls it (login, then Bearer calls): the bench's edits and
// publishes go through the same routes an editor's clicks do.

/** The admin API's answer: `{ data }` with the document, or `{ error }`. */
type AdminAnswer = { data?: Record<string, string | undefined> & { token?: string } };
export type ArticleFields = { documentId: string; slug: string; title: string; body: string };
export type AdminCall = (method: string, pathname: string, body?: unknown) => Promise<ArticleFields>;

export const ARTICLES = '/content-manager/collection-types/api::article.article';

export async function adminClient(cmsUrl: string, email: string, password: string): Promise<AdminCall> {
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const token = ((await login.json()) as AdminAnswer).data?.token;
  if (!token) throw new Error(`Không đăng nhập được trang quản trị (HTTP ${login.status})`);
  return async (method, pathname, body) => {
    const res = await fetch(`${cmsUrl}${pathname}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as AdminAnswer;
    if (!res.ok || !json.data) throw new Error(`${method} ${pathname}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json.data as ArticleFields;
  };
}
