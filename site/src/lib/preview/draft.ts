// What the preview server answers for a signed link (README "Draft preview"): the entry's draft,
// mapped exactly as a build maps published entries, or a short Vietnamese reason and its status.
import { checkPreviewLink, isPreviewKind, PREVIEW_SECRET_MIN_LENGTH, type PreviewKind } from '@dbk/shared-types';
import { CmsError, previewCmsConfig } from '../cms/client';
import { COLLECTIONS } from '../cms/collections';
import { fetchDraft } from '../cms/fetch-all';
import { mapper } from '../cms/loader';
import type { ArticleVM, PageVM, PartyDocumentVM } from '../cms/view-models';
import { siteEnv, type SiteEnv } from '../../env';

export type Draft =
  { kind: 'bai-viet'; article: ArticleVM } | { kind: 'trang'; page: PageVM } | { kind: 'van-ban'; document: PartyDocumentVM };

export type DraftAnswer = { status: 200; draft: Draft } | { status: 403 | 404 | 422 | 502; message: string };

// Without a valid link the answer says nothing about whether the entry exists.
const NOT_FOUND = { status: 404, message: 'Không tìm thấy trang.' } as const;

async function fetchAndMap(kind: PreviewKind, documentId: string): Promise<Draft | null> {
  const config = previewCmsConfig();
  switch (kind) {
    case 'bai-viet': {
      const raw = await fetchDraft(config, COLLECTIONS.articles.spec, documentId);
      return raw && { kind, article: mapper().article(raw) };
    }
    case 'trang': {
      const raw = await fetchDraft(config, COLLECTIONS.pages.spec, documentId);
      return raw && { kind, page: mapper().page(raw) };
    }
    case 'van-ban': {
      const raw = await fetchDraft(config, COLLECTIONS.documents.spec, documentId);
      return raw && { kind, document: mapper().document(raw) };
    }
  }
}

export async function loadDraft(
  kind: string,
  documentId: string,
  search: URLSearchParams,
  env: SiteEnv = siteEnv(),
  nowMs = Date.now(),
): Promise<DraftAnswer> {
  const secret = env.PREVIEW_SECRET ?? '';
  if (secret.length < PREVIEW_SECRET_MIN_LENGTH) return NOT_FOUND; // preview is switched off
  const check = await checkPreviewLink(secret, kind, documentId, search.get('exp'), search.get('sig'), nowMs);
  if (check === 'invalid' || !isPreviewKind(kind)) return NOT_FOUND;
  if (check === 'expired') return { status: 403, message: 'Liên kết xem trước đã hết hạn. Hãy mở lại bản xem trước từ trang quản trị.' };
  try {
    const draft = await fetchAndMap(kind, documentId);
    return draft ? { status: 200, draft } : { status: 404, message: 'Không tìm thấy bản nháp này: có thể nó đã bị xóa.' };
  } catch (e) {
    // A draft may lack what publishing will require (Strapi checks required fields on publish only).
    if (e instanceof CmsError && /không hợp lệ/.test(e.message))
      return { status: 422, message: `Bản nháp chưa đủ để hiển thị. ${e.message}` };
    return { status: 502, message: `Không lấy được bản nháp từ CMS. ${(e as Error).message}` };
  }
}
