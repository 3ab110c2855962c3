import type { StrapiApp } from '@strapi/strapi/admin';
import { registerBodySizeGuard } from './body-size-guard';
import { registerFieldHelpers } from './field-helpers';
import { ENUM_LABELS, labelEnumerationColumns, labelEnumerationFilters } from './enum-labels';
import { registerModeration } from './moderation';
import { registerPendingDrafts } from './pending-drafts';
import { registerTextCheck } from './text-check';
import { viAdminComplete } from './translations';

// The key Strapi's admin reads its interface language from.
const LANGUAGE_KEY = 'strapi-admin-language';

// Strings Strapi's own Vietnamese translation leaves in English on the screens staff use most.
const vi = {
  'global.content-manager': 'Quản lý nội dung',
  'global.plugins.content-manager': 'Quản lý nội dung',
  'global.plugins.upload': 'Thư viện tệp',
  'global.search': 'Tìm kiếm',
  'content-manager.plugin.name': 'Quản lý nội dung',
  'content-manager.header.name': 'Quản lý nội dung',
  'content-manager.containers.Home.pluginHeaderTitle': 'Quản lý nội dung',
  'content-manager.header.search.placeholder': 'Tìm kiếm',
  'content-manager.HeaderLayout.button.label-add-entry': 'Tạo mục mới',
  'content-manager.pages.ListView.header-subtitle': '{number} mục',
  'content-manager.components.LeftMenu.collection-types': 'Danh mục nội dung',
  'content-manager.components.LeftMenu.single-types': 'Nội dung đơn',
  'content-manager.menu.section.models.name': 'Danh mục nội dung',
  'content-manager.menu.section.single-types.name': 'Nội dung đơn',
  'upload.plugin.name': 'Thư viện tệp',
  'upload.header.content.assets': 'Thư viện tệp',
  'content-type-builder.plugin.name': 'Thiết kế kiểu nội dung',
  // The Markdown toolbar's heading menu: Strapi's "Tiêu đề" read like the "Tiêu đề" (title) field.
  'components.Wysiwyg.selectOptions.title': 'Đề mục',
  'dbk.moderation.menu': 'Bình luận chờ duyệt',
  'dbk.pending-drafts.menu': 'Bài chờ duyệt',
  ...ENUM_LABELS,
};

export default {
  config: {
    locales: ['vi'],
    // Strapi's missing Vietnamese first (translations/), then this file's own choices.
    translations: { vi: { ...viAdminComplete, ...vi } },
  },
  register(app: StrapiApp) {
    registerPendingDrafts(app);
  },
  bootstrap(app: StrapiApp) {
    registerFieldHelpers(app);
    registerModeration(app);
    registerBodySizeGuard(app);
    registerTextCheck(app);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', labelEnumerationColumns);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', labelEnumerationFilters);
    // Staff are Vietnamese: make Vietnamese the first-visit language; anyone may still switch in their profile.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'vi');
  },
};
