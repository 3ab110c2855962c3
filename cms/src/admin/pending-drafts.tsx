// The editors' "Bài chờ duyệt" menu entry. Registered in register(), not bootstrap(): a menu link
// with its own page adds a route, and the admin's routes are fixed before the bootstrap phase.
import * as React from 'react';

const ARTICLE = 'api::article.article';
export const PENDING_DRAFTS_ROUTE = 'bai-cho-duyet';

type RegisterApp = { addMenuLink(link: Record<string, unknown>): void };

export function registerPendingDrafts(app: RegisterApp): void {
  app.addMenuLink({
    to: PENDING_DRAFTS_ROUTE,
    icon: () => <span aria-hidden>📝</span>,
    intlLabel: { id: 'dbk.pending-drafts.menu', defaultMessage: 'Bài chờ duyệt' },
    // Shown to whoever may publish articles (Biên tập viên, Quản trị); a Phóng viên has nothing to do here.
    permissions: [{ action: 'plugin::content-manager.explorer.publish', subject: ARTICLE }],
    Component: () => import('./pending-drafts-page'),
    position: 2,
  });
}
