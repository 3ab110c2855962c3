// Strings Strapi 5.54's admin keeps outside its translation files, rewritten in the admin bundle at
// build time (see vite.config.ts and the README, "Tiếng Việt trong trang quản trị"). Each rewrite
// names the exact text of this Strapi version: when an upgrade changes it, the build fails and
// names the rewrite, instead of English silently coming back.
export interface Rewrite {
  /** The end of the bundled module's path. */
  file: string;
  from: string;
  to: string;
  why: string;
}

const DESIGN_SYSTEM = '@strapi/design-system/dist/index.mjs';
const PUBLISH_ACTION = '@strapi/content-manager/dist/admin/pages/ListView/components/BulkActions/PublishAction.mjs';

export const REWRITES: readonly Rewrite[] = [
  {
    file: DESIGN_SYSTEM,
    from: 'children: e.slice(0, 2) }) })',
    to: 'children: e.replace(/^Thứ\\s*/, "T").slice(0, 2) }) })',
    why: 'The calendar heads its columns with the first two letters of Intl\'s weekday: "Thứ 2" became "Th" seven times; T2 … CN is how Vietnamese calendars write them.',
  },
  {
    file: DESIGN_SYSTEM,
    from: 'label: n = "Choose date"',
    to: 'label: n = "Chọn ngày"',
    why: "The date picker button's screen-reader label; Strapi passes none.",
  },
  {
    file: DESIGN_SYSTEM,
    from: 'dateLabel: t = "Choose date"',
    to: 'dateLabel: t = "Chọn ngày"',
    why: "The date-and-time picker's date label.",
  },
  {
    file: DESIGN_SYSTEM,
    from: 'timeLabel: n = "Choose time"',
    to: 'timeLabel: n = "Chọn giờ"',
    why: "The date-and-time picker's time label.",
  },
  {
    file: DESIGN_SYSTEM,
    from: 'clearLabel: `${e} date`,',
    to: 'clearLabel: `${e} ngày`,',
    why: 'The date-and-time picker appends the English word to its (translated) clear label.',
  },
  { file: DESIGN_SYSTEM, from: 'clearLabel: `${e} time`,', to: 'clearLabel: `${e} giờ`,', why: 'The same for the time half.' },
  {
    file: DESIGN_SYSTEM,
    from: 'monthSelectLabel: l = "Month"',
    to: 'monthSelectLabel: l = "Tháng"',
    why: "The calendar's month menu label.",
  },
  { file: DESIGN_SYSTEM, from: 'yearSelectLabel: h = "Year"', to: 'yearSelectLabel: h = "Năm"', why: "The calendar's year menu label." },
  { file: DESIGN_SYSTEM, from: 'closeLabel: t = "Close modal"', to: 'closeLabel: t = "Đóng"', why: "Every dialog's close button label." },
  { file: DESIGN_SYSTEM, from: 'label: t = "Pagination"', to: 'label: t = "Phân trang"', why: "The list's page navigation label." },
  {
    file: '@strapi/content-manager/dist/admin/pages/EditView/components/DocumentStatus.mjs',
    from: '"aria-label": status,',
    to: '"aria-label": formatMessage({ id: `content-manager.containers.List.${status}`, defaultMessage: status }),',
    why: 'A status badge tells screen readers the raw state ("draft", "published") while it shows the translated word.',
  },
  {
    file: '@strapi/admin/dist/admin/admin/src/features/Notifications.mjs',
    from: 'jsx(Toaster, {',
    to: 'jsx(Toaster, { containerAriaLabel: "Thông báo",',
    why: 'The toast area is announced with sonner\'s default label, "Notifications".',
  },
  {
    file: PUBLISH_ACTION,
    from: "name: 'documentId',\n        label: 'documentId'",
    to: "name: 'documentId',\n        label: 'Mã mục'",
    why: 'The bulk publish table heads its columns with raw names.',
  },
  { file: PUBLISH_ACTION, from: "name: 'name',\n        label: 'name'", to: "name: 'name',\n        label: 'Tên'", why: 'As above.' },
  {
    file: PUBLISH_ACTION,
    from: "name: 'status',\n        label: 'status'",
    to: "name: 'status',\n        label: 'Trạng thái'",
    why: 'As above.',
  },
  { file: PUBLISH_ACTION, from: "label: 'Publication status'", to: "label: 'Tình trạng xuất bản'", why: 'As above.' },
  {
    file: '@strapi/content-manager/dist/admin/pages/EditView/components/FormInputs/Wysiwyg/Editor.mjs',
    from: "setOption('screenReaderLabel', 'Editor')",
    to: "setOption('screenReaderLabel', 'Trình soạn thảo')",
    why: 'The Markdown editor announces itself to screen readers with a fixed English word.',
  },
  // Promotions staff never need and cannot act on (the dashboard has no setting to remove them).
  {
    file: '@strapi/admin/dist/admin/admin/src/layouts/AuthenticatedLayout.mjs',
    from: '/*#__PURE__*/ jsx(UpsellBanner, {}),',
    to: '',
    why: 'The paid-plan banner above every page.',
  },
  {
    file: '@strapi/admin/dist/admin/admin/src/layouts/AuthenticatedLayout.mjs',
    from: '/*#__PURE__*/ jsx(MediaLibraryBanner, {}),',
    to: '',
    why: 'The English "Introducing the new Media Library" banner linking to Strapi\'s blog.',
  },
  {
    file: '@strapi/admin/dist/admin/admin/src/pages/Home/HomePage.mjs',
    from: '/*#__PURE__*/ jsx(GuidedTourHomepageOverview, {}),',
    to: '',
    why: "The developer's guided tour on the dashboard (create a schema, copy an API token, deploy to Strapi Cloud).",
  },
  {
    file: '@strapi/admin/dist/admin/admin/src/components/Table.mjs',
    from: "const Loading = ({ children = 'Loading content' })",
    to: "const Loading = ({ children = 'Đang tải nội dung' })",
    why: 'Every list shows this while it fetches again (after a bulk publish, a filter, a page change).',
  },
  {
    file: '@strapi/admin/dist/admin/admin/src/components/PageHelpers.mjs',
    from: "const Loading = ({ children = 'Loading content.' })",
    to: "const Loading = ({ children = 'Đang tải nội dung.' })",
    why: 'The whole-page loading state of every admin page.',
  },
  {
    file: '@strapi/admin/dist/admin/admin/src/components/LazyOutlet.mjs',
    from: 'children: "Loading content."',
    to: 'children: "Đang tải nội dung."',
    why: 'Shown while the code of the next admin page loads.',
  },
  {
    file: DESIGN_SYSTEM,
    from: 'loadingMessage: E = "Loading content..."',
    to: 'loadingMessage: E = "Đang tải nội dung..."',
    why: "A relation or select box's list while it loads more options.",
  },
  {
    file: DESIGN_SYSTEM,
    from: 'k ? /* @__PURE__ */ r(kt, { small: !0, children: "Loading" })',
    to: 'k ? /* @__PURE__ */ r(kt, { small: !0, children: "Đang tải" })',
    why: 'The spinner inside a combobox (relations) while it loads; screen readers read it.',
  },
  {
    file: DESIGN_SYSTEM,
    from: 'i ? /* @__PURE__ */ r(kt, { small: !0, children: "Loading" })',
    to: 'i ? /* @__PURE__ */ r(kt, { small: !0, children: "Đang tải" })',
    why: 'The same spinner inside a select box.',
  },
  {
    file: '@strapi/upload/dist/admin/components/AssetDialog/BrowseStep/SearchAsset/SearchAsset.mjs',
    from: 'label: "Search",',
    to: 'label: "Tìm kiếm",',
    why: 'The search button of the "Thêm tệp" dialog (choosing a cover) is labelled in code, not through a message.',
  },
  {
    file: '@strapi/upload/dist/admin/components/AssetDialog/BrowseStep/SearchAsset/SearchAsset.mjs',
    from: '"aria-label": "search",',
    to: '"aria-label": "Tìm kiếm",',
    why: "The same dialog's search box, as a screen reader announces it.",
  },
  {
    file: '@strapi/upload/dist/admin/components/AssetDialog/BrowseStep/PaginationFooter/Pagination.mjs',
    from: "label = 'pagination'",
    to: "label = 'Phân trang'",
    why: "The same dialog's page navigation label.",
  },
  {
    file: '@strapi/admin/dist/admin/admin/src/pages/Settings/pages/Users/ListPage.mjs',
    from: "isActive ? 'Active' : 'Inactive'",
    to: "isActive ? 'Đang hoạt động' : 'Đã khoá'",
    why: 'The status badge of each admin user in Cài đặt → Người dùng: literal English, no message id.',
  },
  {
    file: '@strapi/i18n/dist/admin/components/LocaleTable.mjs',
    from: 'children: "Actions"',
    to: 'children: "Thao tác"',
    why: "The languages table's (hidden) header of its action column, read by screen readers.",
  },
  {
    file: '@strapi/plugin-users-permissions/dist/admin/pages/Roles/pages/ListPage/index.mjs',
    from: "notifyStatus('The roles have loaded successfully')",
    to: "notifyStatus('Đã tải các vai trò')",
    why: 'Announced to screen readers (and shown in the live region) when the roles list loads.',
  },
];

/** Applies the rewrites meant for `path` to `code`; returns the indexes of those that matched. */
export function applyRewrites(path: string, code: string): { code: string; applied: number[] } {
  const normalised = path.split('?')[0]!.replaceAll('\\', '/');
  const applied: number[] = [];
  let out = code;
  REWRITES.forEach((rewrite, index) => {
    if (!normalised.endsWith(rewrite.file) || !out.includes(rewrite.from)) return;
    out = out.split(rewrite.from).join(rewrite.to);
    applied.push(index);
  });
  return { code: out, applied };
}
