// The admin API as the admin panel calls it: POST /admin/login, then each call with the
// administrator's Bearer token. The bench's edits and publishes and the rebuild service's
// end-to-end tests go through the routes an editor's clicks do.

/** One admin API call: the JSON answer of a 2xx response; anything else throws, naming the call. */
export type AdminCall<T> = (method: string, pathname: string, body?: unknown) => Promise<T>;

export async function adminLogin(cmsUrl: string, email: string, password: string): Promise<AdminCall<Record<string, unknown>>> {
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const answer = (await login.json().catch(() => ({}))) as { data?: { token?: string } };
  const token = answer.data?.token;
  if (!token) throw new Error(`Không đăng nhập được trang quản trị (HTTP ${login.status})`);
  return async (method, pathname, body) => {
    const res = await fetch(`${cmsUrl}${pathname}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${method} ${pathname}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };
}
