// Strapi's own vi.json leaves English words in its Vietnamese ("token", "plugin", "clipboard",
// "header", "Kai Doe" ...). These replace them with the words the newsroom uses: a token is a "mã
// truy cập", a plugin a "phần mở rộng". Product and protocol names (JSON, SSO, GraphQL, Strapi Cloud)
// stay as they are (english-words.ts lists them). admin-translations.test.ts checks that no
// Vietnamese string, Strapi's or ours, keeps an English interface word.
import { prefixed } from './prefix';

const admin = {
  'Auth.form.firstname.placeholder': 'ví dụ: Văn An',
  'Auth.form.lastname.placeholder': 'ví dụ: Nguyễn',
  'Auth.form.username.placeholder': 'ví dụ: nguyenvanan',
  'Settings.apiTokens.ListView.headers.type': 'Loại mã truy cập',
  'Settings.apiTokens.addFirstToken': 'Thêm mã truy cập API đầu tiên',
  'Settings.apiTokens.addNewToken': 'Thêm mã truy cập API',
  'Settings.apiTokens.create': 'Tạo mã truy cập API',
  'Settings.apiTokens.createPage.permissions.header.hint':
    'Chọn thao tác của ứng dụng hoặc của phần mở rộng, rồi bấm biểu tượng bánh răng để xem đường dẫn tương ứng',
  'Settings.apiTokens.createPage.title': 'Tạo mã truy cập API',
  'Settings.apiTokens.description': 'Các mã truy cập dùng để đọc, ghi nội dung qua API',
  'Settings.apiTokens.title': 'Mã truy cập API',
  'Settings.permissions.category.plugins': 'Quyền của phần mở rộng {category}',
  'Settings.tokens.RegenerateDialog.title': 'Tạo lại mã truy cập',
  'Settings.tokens.copy.editMessage': 'Vì lý do bảo mật, mã truy cập chỉ xem được một lần.',
  'Settings.tokens.copy.editTitle': 'Mã truy cập này không xem lại được nữa.',
  'Settings.tokens.copy.lastWarning': 'Hãy sao chép mã truy cập này, bạn sẽ không xem lại được!',
  'Settings.tokens.form.duration': 'Thời hạn mã truy cập',
  'Settings.tokens.form.type': 'Loại mã truy cập',
  'Settings.tokens.notification.copied': 'Đã sao chép mã truy cập.',
  'Settings.tokens.popUpWarning.message': 'Bạn có chắc muốn tạo lại mã truy cập này?',
  'Settings.transferTokens.ListView.headers.type': 'Loại mã truy cập',
  'Settings.transferTokens.addFirstToken': 'Thêm mã chuyển dữ liệu đầu tiên',
  'Settings.transferTokens.addNewToken': 'Thêm mã chuyển dữ liệu',
  'Settings.transferTokens.create': 'Tạo mã chuyển dữ liệu',
  'Settings.transferTokens.createPage.title': 'Tạo mã chuyển dữ liệu',
  'Settings.transferTokens.description': 'Các mã dùng để chuyển dữ liệu giữa các bản cài đặt',
  'Settings.transferTokens.title': 'Mã chuyển dữ liệu',
  'Settings.webhooks.create.header': 'Thêm trường đầu thư HTTP',
  'Settings.webhooks.form.headers': 'Trường đầu thư HTTP',
  'Usecase.back-end': 'Lập trình viên phía máy chủ',
  'Usecase.front-end': 'Lập trình viên giao diện',
  'Usecase.full-stack': 'Lập trình viên toàn phần',
  'app.component.CopyToClipboard.label': 'Sao chép',
  'app.components.BlockLink.blog': 'Tin tức của Strapi',
  'app.components.GuidedTour.CM.create.content':
    '<p>Tạo và quản lý mọi nội dung tại đây, trong Quản lý nội dung.</p><p>Ví dụ: với một trang tin, bạn viết tin bài, lưu và xuất bản khi muốn.</p><p>💡 Mẹo: đừng quên bấm Xuất bản cho nội dung bạn tạo.</p>',
  'app.components.GuidedTour.CTB.create.content':
    '<p>Kiểu nhiều mục dùng để quản lý nhiều mục cùng loại, kiểu một mục dùng cho nội dung chỉ có một.</p> <p>Ví dụ: với một trang tin, tin bài là kiểu nhiều mục còn trang chủ là kiểu một mục.</p>',
  'app.components.InstallPluginPage.Download.description': 'Có thể mất vài giây để tải và cài phần mở rộng.',
  'app.components.LeftMenu.plugins': 'Phần mở rộng',
  'app.components.LeftMenuLinkContainer.noPluginsInstalled': 'Chưa cài phần mở rộng nào',
  'app.components.LeftMenuLinkContainer.plugins': 'Phần mở rộng',
  'app.components.ListPluginsPage.deletePlugin.description': 'Có thể mất vài giây để gỡ phần mở rộng.',
  'app.components.ListPluginsPage.description': 'Các phần mở rộng đã cài trong dự án.',
  'app.components.ListPluginsPage.head.title': 'Danh sách phần mở rộng',
  'app.components.PluginCard.PopUpWarning.install.impossible.autoReload.needed':
    'Cần bật chế độ tự tải lại: hãy chạy ứng dụng ở chế độ phát triển.',
  'app.components.PluginCard.PopUpWarning.install.impossible.environment':
    'Vì lý do bảo mật, chỉ tải được phần mở rộng trong môi trường phát triển.',
  'app.components.listPlugins.button': 'Thêm phần mở rộng',
  'app.components.listPlugins.title.none': 'Chưa cài phần mở rộng nào',
  'app.components.listPluginsPage.deletePlugin.error': 'Đã có lỗi khi gỡ phần mở rộng',
  'components.AutoReloadBlocker.header': 'Phần mở rộng này cần chế độ tự tải lại.',
  'components.OverlayBlocker.description.serverError': 'Lẽ ra máy chủ đã khởi động lại; vui lòng xem nhật ký của máy chủ.',
  'components.ProductionBlocker.description': 'Vì an toàn, phần mở rộng này bị tắt ở các môi trường khác.',
  'components.ProductionBlocker.header': 'Phần mở rộng này chỉ dùng được trong môi trường phát triển.',
  'components.WysiwygBottomControls.uploadFiles': 'Kéo thả tệp, dán tệp đã sao chép hoặc {browse}.',
  'components.Blocks.dnd.instruction': 'Để sắp xếp lại các khối, giữ phím Cmd (hoặc Ctrl) cùng Shift rồi bấm mũi tên lên hoặc xuống',
  'global.plugins': 'Phần mở rộng',
  'global.plugins.i18n.description': 'Cho phép tạo, đọc và sửa nội dung bằng nhiều ngôn ngữ, cả trong trang quản trị lẫn qua API.',
  'global.plugins.users-permissions.description':
    'Bảo vệ API bằng xác thực đầy đủ dựa trên JWT, và quản lý quyền theo từng nhóm người dùng.',
  'notification.error.tokennamenotunique': 'Tên này đã dùng cho một mã truy cập khác',
  'notification.link-copied': 'Đã sao chép liên kết',
  'notification.success.apitokencreated': 'Đã tạo mã truy cập API',
  'notification.success.apitokenedited': 'Đã sửa mã truy cập API',
  'notification.success.transfertokencreated': 'Đã tạo mã chuyển dữ liệu',
  'notification.success.transfertokenedited': 'Đã sửa mã chuyển dữ liệu',
};

const contentManager = prefixed('content-manager', {
  'containers.Home.introduction': 'Để sửa nội dung, hãy chọn một mục ở trình đơn bên trái.',
  'error.validation.regex': 'Giá trị không khớp mẫu quy định.',
  'form.Input.wysiwyg': 'Hiển thị dạng soạn thảo trực quan',
});

const usersPermissions = prefixed('users-permissions', {
  'EditForm.inputToggle.description.sign-up': 'Khi tắt, không ai đăng ký được tài khoản mới, qua bất kỳ nhà cung cấp nào.',
  'Plugin.permissions.plugins.description': 'Đặt mọi thao tác được phép cho phần mở rộng {name}.',
  'Policies.header.hint': 'Chọn thao tác của ứng dụng hoặc của phần mở rộng, rồi bấm biểu tượng bánh răng để xem đường dẫn tương ứng',
  'PopUpForm.Email.options.from.name.placeholder': 'Nguyễn Văn An',
  'PopUpForm.Providers.key.label': 'Mã định danh ứng dụng',
  'PopUpForm.Providers.secret.label': 'Khoá bí mật của ứng dụng',
  'PopUpForm.Providers.subdomain.label': 'Địa chỉ máy chủ (tên miền con)',
  'PopUpForm.Providers.subdomain.placeholder': 'dang-nhap.vi-du.vn',
  'plugin.description.long': 'Bảo vệ API bằng xác thực đầy đủ dựa trên JWT, và quản lý quyền theo từng nhóm người dùng.',
});

export const viStrapiCorrections: Record<string, string> = { ...admin, ...contentManager, ...usersPermissions };
