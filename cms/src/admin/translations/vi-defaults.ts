// Message ids Strapi's admin asks for that no en.json lists (it shows their English defaultMessage).
// Each names the installed file that asks for it; translations.test.ts checks the id is still there.
export const DEFAULT_IDS: Record<string, { vi: string; file: string; literal: string }> = {
  'content-manager.containers.list.table-headers.status': {
    vi: 'Trạng thái',
    file: '@strapi/content-manager/dist/admin/pages/ListView/ListViewPage.mjs',
    literal: 'containers.list.table-headers.status',
  },
  'search.placeholder': {
    vi: 'Tìm kiếm',
    file: '@strapi/content-manager/dist/admin/components/LeftMenu.mjs',
    literal: "id: 'search.placeholder'",
  },
  'content-manager.containers.ListPage.selectedEntriesModal.title': {
    vi: 'Xuất bản các mục',
    file: '@strapi/content-manager/dist/admin/pages/ListView/components/BulkActions/PublishAction.mjs',
    literal: "getTranslation('containers.ListPage.selectedEntriesModal.title')",
  },
  // The Markdown toolbar's list buttons.
  'components.Blocks.blocks.bulletList': {
    vi: 'Danh sách dấu đầu dòng',
    file: '@strapi/content-manager/dist/admin/pages/EditView/components/FormInputs/Wysiwyg/WysiwygNav.mjs',
    literal: "id: 'components.Blocks.blocks.bulletList'",
  },
  'components.Blocks.blocks.numberList': {
    vi: 'Danh sách đánh số',
    file: '@strapi/content-manager/dist/admin/pages/EditView/components/FormInputs/Wysiwyg/WysiwygNav.mjs',
    literal: "id: 'components.Blocks.blocks.numberList'",
  },
  // The "Thêm tệp" dialog an editor opens to choose a cover.
  'upload.modal.upload-list.sub-header.add-folder': {
    vi: 'Thêm thư mục',
    file: '@strapi/upload/dist/admin/components/AssetDialog/AssetDialog.mjs',
    literal: "getTrad('modal.upload-list.sub-header.add-folder')",
  },
  'view-switch.list': {
    vi: 'Dạng danh sách',
    file: '@strapi/upload/dist/admin/components/AssetDialog/BrowseStep/BrowseStep.mjs',
    literal: "id: 'view-switch.list'",
  },
  'view-switch.grid': {
    vi: 'Dạng lưới',
    file: '@strapi/upload/dist/admin/components/AssetDialog/BrowseStep/BrowseStep.mjs',
    literal: "id: 'view-switch.grid'",
  },
  // The file picker announces each finished load under an id without the plugin's prefix.
  'list.asset.at.finished': {
    vi: 'Đã tải xong.',
    file: '@strapi/upload/dist/admin/hooks/useFolders.mjs',
    literal: "id: 'list.asset.at.finished'",
  },
  // The preview page's header asks for its strings without the content manager's prefix.
  'preview.copy.label': {
    vi: 'Sao chép liên kết xem trước',
    file: '@strapi/content-manager/dist/admin/preview/components/PreviewHeader.mjs',
    literal: "id: 'preview.copy.label'",
  },
  'preview.tabs.label': {
    vi: 'Trạng thái xem trước',
    file: '@strapi/content-manager/dist/admin/preview/components/PreviewHeader.mjs',
    literal: "id: 'preview.tabs.label'",
  },
  'users-permissions.List.button.roles': {
    vi: 'Thêm vai trò',
    file: '@strapi/plugin-users-permissions/dist/admin/pages/Roles/pages/ListPage/index.mjs',
    literal: "getTrad('List.button.roles')",
  },
};

export const viDefaults: Record<string, string> = Object.fromEntries(Object.entries(DEFAULT_IDS).map(([id, { vi }]) => [id, vi]));
