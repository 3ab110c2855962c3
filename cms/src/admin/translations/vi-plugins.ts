// The few i18n and releases strings that reach the content manager's list and edit views (the
// plugins' own settings pages are for the administrator, not staff). Keys as in each plugin's en.json.
import { prefixed } from './prefix';

export const viPlugins = {
  ...prefixed('i18n', {
    'Field.localized': 'Giá trị này riêng cho ngôn ngữ đang chọn',
    'Field.not-localized': 'Giá trị này chung cho mọi ngôn ngữ',
    'actions.select-locale': 'Chọn ngôn ngữ',
    'components.Select.locales.not-available': 'Không có nội dung',
    'list-view.table.header.label': 'Có ở',
    'plugin.name': 'Đa ngôn ngữ',
  }),
  ...prefixed('content-releases', {
    'content-manager-edit-view.add-to-release': 'Thêm vào đợt phát hành',
    'content-manager-list-view.add-to-release': 'Thêm vào đợt phát hành',
    'content-manager.list-view.releases.header': 'Sẽ phát hành trong',
    'content-manager.list-view.releases-number': '{number} {number, plural, one {đợt phát hành} other {đợt phát hành}}',
    'plugin.name': 'Đợt phát hành',
    'pages.Releases.title': 'Đợt phát hành',
    'widget.upcoming-releases.link': 'Mở các đợt phát hành',
    'widget.upcoming-releases.title': 'Đợt phát hành sắp tới',
    'widget.upcoming-releases.no-data': 'Chưa có đợt phát hành',
  }),
};
