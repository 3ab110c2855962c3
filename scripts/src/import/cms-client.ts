// The CMS's REST API with the import token: every write goes through Strapi's document service, so
// normalisation, slugs, required fields, the secret guard and the valid-content guard all apply.
export interface CmsArticle {
  documentId: string;
  title: string;
  summary: string | null;
  body: string;
  displayDate: string;
  legacyUrl: string;
  legacyViews: number | null;
  bylines: { name: string; position: string | null }[];
  category: { documentId: string; slug: string } | null;
  /** whether a published version exists (the draft is what is compared and written) */
  published: boolean;
}

export interface CmsFile {
  id: number;
  url: string;
}

/** A refusal by the CMS: its message (Vietnamese, from our guards) and the status. */
export class CmsError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export interface CmsClient {
  findArticle(legacyUrl: string): Promise<CmsArticle | undefined>;
  createArticle(data: object, publish: boolean): Promise<string>;
  updateArticle(documentId: string, data: object, publish: boolean): Promise<void>;
  categoryIds(): Promise<Map<string, string>>;
  findFile(name: string): Promise<CmsFile | undefined>;
  uploadFile(name: string, bytes: Uint8Array, mime: string, caption: string | undefined): Promise<CmsFile>;
}

export function cmsClient(baseUrl: string, token: string): CmsClient {
  const base = baseUrl.replace(/\/+$/u, '');
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method, headers: { authorization: `Bearer ${token}` } };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const res = await fetch(`${base}${path}`, init);
    const text = await res.text();
    const json = text ? (JSON.parse(text) as { error?: { message?: string; details?: { errors?: { message: string }[] } } }) : {};
    if (!res.ok) throw new CmsError(res.status, describeError(res.status, json.error));
    return json as T;
  }

  const articleQuery = (legacyUrl: string, status: string) =>
    `/api/articles?status=${status}&filters[legacyUrl][$eq]=${encodeURIComponent(legacyUrl)}&populate[bylines]=true&populate[category][fields][0]=slug&pagination[pageSize]=1`;

  return {
    async findArticle(legacyUrl) {
      const { data } = await call<{ data: (Omit<CmsArticle, 'published'> & { publishedAt: string | null })[] }>(
        'GET',
        articleQuery(legacyUrl, 'draft'),
      );
      const draft = data[0];
      if (!draft) return undefined;
      const { data: live } = await call<{ data: unknown[] }>(
        'GET',
        `/api/articles?status=published&filters[documentId][$eq]=${draft.documentId}&fields[0]=documentId`,
      );
      return { ...draft, published: live.length > 0 };
    },
    async createArticle(data, publish) {
      const res = await call<{ data: { documentId: string } }>('POST', `/api/articles?status=${publish ? 'published' : 'draft'}`, { data });
      return res.data.documentId;
    },
    async updateArticle(documentId, data, publish) {
      await call('PUT', `/api/articles/${documentId}?status=${publish ? 'published' : 'draft'}`, { data });
    },
    async categoryIds() {
      const { data } = await call<{ data: { documentId: string; slug: string }[] }>(
        'GET',
        '/api/categories?fields[0]=slug&pagination[pageSize]=500',
      );
      return new Map(data.map((c) => [c.slug, c.documentId]));
    },
    async findFile(name) {
      const files = await call<CmsFile[]>('GET', `/api/upload/files?filters[name][$eq]=${encodeURIComponent(name)}`);
      return files[0];
    },
    async uploadFile(name, bytes, mime, caption) {
      const form = new FormData();
      form.append('files', new Blob([bytes], { type: mime }), name);
      form.append('fileInfo', JSON.stringify({ name, caption: caption ?? null, alternativeText: caption ?? null }));
      const [file] = await call<CmsFile[]>('POST', '/api/upload', form);
      if (!file) throw new CmsError(500, `CMS không trả về tệp vừa tải lên (${name})`);
      return file;
    },
  };
}

// Our guards answer with one message per field, by its Vietnamese label: keep them all.
function describeError(status: number, error: { message?: string; details?: { errors?: { message: string }[] } } | undefined): string {
  const details = error?.details?.errors?.map((e) => e.message) ?? [];
  const message = [error?.message, ...details.filter((d) => d !== error?.message)].filter(Boolean).join('; ');
  return message || `CMS trả lỗi HTTP ${status}`;
}
