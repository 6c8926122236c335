import type { Catalog } from '@/lib/i18n';

/** The options page's and the site toggle's strings; every language must have every key. */
export type OptionsKey =
  | 'title'
  | 'saved'
  | 'saving'
  | 'notSaved'
  | 'sitesHeading'
  | 'siteModeLegend'
  | 'siteModeAll'
  | 'siteModeAllowlist'
  | 'allowlistLabel'
  | 'allowlistHelp'
  | 'denylistLabel'
  | 'denylistHelp'
  | 'hostInputLabel'
  | 'hostAdd'
  | 'hostRemove'
  | 'hostListEmpty'
  | 'hostEmpty'
  | 'hostNotAHost'
  | 'hostHasPath'
  | 'hostHasPort'
  | 'hostSingleLabel'
  | 'hostDuplicate'
  | 'builtInLabel'
  | 'builtInHelp'
  | 'builtInShow'
  | 'nativeAccess'
  | 'checksHeading'
  | 'criteriaLegend'
  | 'criterionS'
  | 'criterionM'
  | 'criterionT'
  | 'criterionA'
  | 'outsideGoals'
  | 'severityLabel'
  | 'severityInfo'
  | 'severityWarning'
  | 'severityError'
  | 'languagesLegend'
  | 'languagesNone'
  | 'uiLangHeading'
  | 'uiLangLabel'
  | 'uiLangAuto'
  | 'shortcutsHeading'
  | 'shortcutNotSet'
  | 'shortcutOpenPopup'
  | 'shortcutsChange'
  | 'shortcutsFirefox'
  | 'shortcutsNone'
  | 'dataHeading'
  | 'storageUsed'
  | 'storageUnknown'
  | 'exportLabel'
  | 'exportButton'
  | 'exportDone'
  | 'importLabel'
  | 'importDone'
  | 'importInvalid'
  | 'importUnreadable'
  | 'deleteButton'
  | 'deleteWarning'
  | 'deleteConfirm'
  | 'deleteCancel'
  | 'deleteDone'
  | 'failed'
  | 'privacyNote'
  | 'toggleLabel'
  | 'toggleOn'
  | 'toggleOff'
  | 'toggleUnavailable'
  | 'toggleHidden'
  | 'accessWithheld'
  | 'accessGrant'
  | 'accessGranted';

export const OPTIONS_STRINGS: Catalog<OptionsKey> = {
  en: {
    title: 'SMART Goals settings',
    saved: 'Saved',
    saving: 'Saving…',
    notSaved: 'Not saved: {reason}',
    sitesHeading: 'Where hints run',
    siteModeLegend: 'Show hints',
    siteModeAll: 'On all sites, except the ones I block',
    siteModeAllowlist: 'Only on the sites I allow',
    allowlistLabel: 'Allowed sites',
    allowlistHelp:
      'Hints run here even if the built-in list skips the site. A site includes its subdomains.',
    denylistLabel: 'Blocked sites',
    denylistHelp: 'Hints never run here. A site includes its subdomains.',
    hostInputLabel: 'Site to add to {list}',
    hostAdd: 'Add',
    hostRemove: 'Remove {host}',
    hostListEmpty: 'No sites yet.',
    hostEmpty: 'Type a site first, for example docs.example.com.',
    hostNotAHost: '“{input}” is not a site name. Type a host such as docs.example.com.',
    hostHasPath: 'Leave out the path: type only the site, for example example.com.',
    hostHasPort: 'Leave out the port: one entry covers the site on every port.',
    hostSingleLabel:
      '“{input}” has no domain ending. Type the whole name, for example example.com.',
    hostDuplicate: '{host} is already in this list.',
    builtInLabel: 'Skip sites where hints make no sense',
    builtInHelp:
      'Search engines, chat apps and online banking: short queries and messages, not goals. Allow a site above to use hints there anyway.',
    builtInShow: 'Show the {count} built-in sites',
    nativeAccess:
      'Chrome can also limit the extension itself: right-click its toolbar icon → “This can read and change site data” → “When you click the extension” or “On specific sites”.',
    checksHeading: 'What to flag',
    criteriaLegend: 'Flag goals that are not',
    criterionS: 'Specific (names what changes, for whom)',
    criterionM: 'Measurable (has a number to track)',
    criterionT: 'Time-bound (has a deadline or cadence)',
    criterionA: 'Achievable (a target realistic against your own history)',
    outsideGoals: 'Also flag hedges and vague words outside goals',
    severityLabel: 'Show',
    severityInfo: 'All hints',
    severityWarning: 'Warnings and errors',
    severityError: 'Errors only',
    languagesLegend: 'Languages to analyse',
    languagesNone: 'keep at least one language, or turn hints off with the site settings.',
    uiLangHeading: 'Language of these pages',
    uiLangLabel: 'Interface language',
    uiLangAuto: 'Same as the browser',
    shortcutsHeading: 'Keyboard shortcuts',
    shortcutNotSet: 'Not set',
    shortcutOpenPopup: 'Open the goal builder',
    shortcutsChange: 'Change shortcuts',
    shortcutsFirefox:
      'To change them, open about:addons, click the gear menu and choose “Manage Extension Shortcuts”.',
    shortcutsNone: 'This browser does not list the shortcuts.',
    dataHeading: 'Your data',
    storageUsed: '{count} drafts. Storage used by the extension on this device: {used}.',
    storageUnknown: '{count} drafts. This browser does not say how much storage is used.',
    exportLabel: 'Export format',
    exportButton: 'Export drafts',
    exportDone: 'Exported {count} drafts to {file}.',
    importLabel: 'Import drafts from a JSON export',
    importDone: 'Imported: {added} new, {copied} kept as copies, {unchanged} already here.',
    importInvalid: 'Nothing was imported. Fix these problems in the file and try again:',
    importUnreadable: 'The file could not be read: {reason}',
    deleteButton: 'Delete everything…',
    deleteWarning:
      'This deletes all drafts, ignored hints and settings kept by SMART Goals on this device. It cannot be undone.',
    deleteConfirm: 'Yes, delete everything',
    deleteCancel: 'Cancel',
    deleteDone: 'Everything was deleted. The settings are back to their defaults.',
    failed: 'That did not work: {reason}',
    privacyNote:
      'Everything stays on this device: drafts and ignored hints in the extension’s own database, settings in your browser’s extension storage. Nothing is sent anywhere.',
    toggleLabel: 'Hints on {host}',
    accessWithheld: 'Your browser does not let the extension read {host}.',
    accessGrant: 'Allow on {host}',
    accessGranted: 'Allowed. Reload the page to see hints.',
    toggleOn: 'On',
    toggleOff: 'Off',
    toggleUnavailable: 'Hints do not run on this page.',
    toggleHidden: 'Open this from the toolbar button on a page to turn hints on or off there.',
  },
  zh: {
    title: 'SMART Goals 设置',
    saved: '已保存',
    saving: '正在保存…',
    notSaved: '未保存：{reason}',
    sitesHeading: '在哪些网站提示',
    siteModeLegend: '显示提示',
    siteModeAll: '在所有网站，我屏蔽的除外',
    siteModeAllowlist: '只在我允许的网站',
    allowlistLabel: '允许的网站',
    allowlistHelp: '即使内置列表跳过该网站，这里列出的也会显示提示。网站包括其子域名。',
    denylistLabel: '屏蔽的网站',
    denylistHelp: '这些网站从不显示提示。网站包括其子域名。',
    hostInputLabel: '添加到{list}的网站',
    hostAdd: '添加',
    hostRemove: '删除 {host}',
    hostListEmpty: '还没有网站。',
    hostEmpty: '请先输入网站，例如 docs.example.com。',
    hostNotAHost: '“{input}”不是网站名称。请输入主机名，例如 docs.example.com。',
    hostHasPath: '请去掉路径，只输入网站，例如 example.com。',
    hostHasPort: '请去掉端口：一个条目涵盖该网站的所有端口。',
    hostSingleLabel: '“{input}”缺少域名后缀。请输入完整名称，例如 example.com。',
    hostDuplicate: '{host} 已在此列表中。',
    builtInLabel: '跳过不适合提示的网站',
    builtInHelp:
      '搜索引擎、聊天应用和网上银行：输入的是简短的查询和消息，而不是目标。在上面允许某个网站即可在那里照常使用提示。',
    builtInShow: '显示 {count} 个内置网站',
    nativeAccess:
      'Chrome 也可以限制扩展本身：右键点击工具栏图标 →“可读取和更改网站数据”→“点击扩展程序时”或“在特定网站上”。',
    checksHeading: '标记哪些问题',
    criteriaLegend: '标记不满足以下条件的目标',
    criterionS: '具体（说明改变什么、针对谁）',
    criterionM: '可衡量（有可跟踪的数字）',
    criterionT: '有时限（有截止日期或节奏）',
    criterionA: '可实现（目标相对于你自己的历史数据是现实的）',
    outsideGoals: '也标记目标以外的含糊措辞',
    severityLabel: '显示',
    severityInfo: '所有提示',
    severityWarning: '警告和错误',
    severityError: '仅错误',
    languagesLegend: '要分析的语言',
    languagesNone: '请至少保留一种语言，或在网站设置中关闭提示。',
    uiLangHeading: '这些页面的语言',
    uiLangLabel: '界面语言',
    uiLangAuto: '与浏览器相同',
    shortcutsHeading: '键盘快捷键',
    shortcutNotSet: '未设置',
    shortcutOpenPopup: '打开目标构建器',
    shortcutsChange: '更改快捷键',
    shortcutsFirefox: '要更改快捷键，请打开 about:addons，点击齿轮菜单，选择“管理扩展快捷键”。',
    shortcutsNone: '此浏览器未列出快捷键。',
    dataHeading: '你的数据',
    storageUsed: '{count} 份草稿。扩展在此设备上使用的存储空间：{used}。',
    storageUnknown: '{count} 份草稿。此浏览器未提供存储用量。',
    exportLabel: '导出格式',
    exportButton: '导出草稿',
    exportDone: '已将 {count} 份草稿导出到 {file}。',
    importLabel: '从 JSON 导出文件导入草稿',
    importDone: '已导入：新增 {added} 份，{copied} 份保存为副本，{unchanged} 份已存在。',
    importInvalid: '未导入任何内容。请修正文件中的以下问题后重试：',
    importUnreadable: '无法读取文件：{reason}',
    deleteButton: '删除全部数据…',
    deleteWarning:
      '这将删除 SMART Goals 在此设备上保存的所有草稿、已忽略的提示和设置，且无法撤销。',
    deleteConfirm: '是的，全部删除',
    deleteCancel: '取消',
    deleteDone: '已全部删除。设置已恢复为默认值。',
    failed: '操作失败：{reason}',
    privacyNote:
      '所有数据都保留在此设备上：草稿和已忽略的提示保存在扩展自己的数据库中，设置保存在浏览器的扩展存储中。不会发送到任何地方。',
    toggleLabel: '{host} 上的提示',
    accessWithheld: '浏览器未允许本扩展读取 {host}。',
    accessGrant: '允许在 {host} 上运行',
    accessGranted: '已允许。刷新页面即可看到提示。',
    toggleOn: '开',
    toggleOff: '关',
    toggleUnavailable: '此页面不显示提示。',
    toggleHidden: '在网页上点击工具栏按钮打开此处，即可为该网站开关提示。',
  },
  ru: {
    title: 'Настройки SMART Goals',
    saved: 'Сохранено',
    saving: 'Сохранение…',
    notSaved: 'Не сохранено: {reason}',
    sitesHeading: 'Где показывать подсказки',
    siteModeLegend: 'Показывать подсказки',
    siteModeAll: 'На всех сайтах, кроме заблокированных',
    siteModeAllowlist: 'Только на разрешённых сайтах',
    allowlistLabel: 'Разрешённые сайты',
    allowlistHelp:
      'Здесь подсказки работают, даже если сайт есть во встроенном списке. Сайт включает свои поддомены.',
    denylistLabel: 'Заблокированные сайты',
    denylistHelp: 'Здесь подсказки не работают никогда. Сайт включает свои поддомены.',
    hostInputLabel: 'Сайт для списка «{list}»',
    hostAdd: 'Добавить',
    hostRemove: 'Удалить {host}',
    hostListEmpty: 'Сайтов пока нет.',
    hostEmpty: 'Сначала введите сайт, например docs.example.com.',
    hostNotAHost: '«{input}» — не имя сайта. Введите хост, например docs.example.com.',
    hostHasPath: 'Уберите путь: введите только сайт, например example.com.',
    hostHasPort: 'Уберите порт: одна запись охватывает сайт на любом порту.',
    hostSingleLabel: 'У «{input}» нет доменной зоны. Введите полное имя, например example.com.',
    hostDuplicate: '{host} уже есть в этом списке.',
    builtInLabel: 'Пропускать сайты, где подсказки не нужны',
    builtInHelp:
      'Поисковики, мессенджеры и интернет-банки: там пишут короткие запросы и сообщения, а не цели. Разрешите сайт выше, чтобы всё же видеть там подсказки.',
    builtInShow: 'Показать встроенные сайты ({count})',
    nativeAccess:
      'Chrome может ограничить и само расширение: правый клик по значку на панели → «Чтение и изменение данных на сайтах» → «При нажатии на расширение» или «На определённых сайтах».',
    checksHeading: 'Что отмечать',
    criteriaLegend: 'Отмечать цели, которые не',
    criterionS: 'конкретны (что меняется и для кого)',
    criterionM: 'измеримы (есть число, за которым можно следить)',
    criterionT: 'ограничены сроком (есть срок или периодичность)',
    criterionA: 'достижимы (цель реальна с учётом вашей истории)',
    outsideGoals: 'Отмечать размытые слова и оговорки и вне целей',
    severityLabel: 'Показывать',
    severityInfo: 'Все подсказки',
    severityWarning: 'Предупреждения и ошибки',
    severityError: 'Только ошибки',
    languagesLegend: 'Языки для анализа',
    languagesNone: 'оставьте хотя бы один язык или отключите подсказки в настройках сайтов.',
    uiLangHeading: 'Язык этих страниц',
    uiLangLabel: 'Язык интерфейса',
    uiLangAuto: 'Как в браузере',
    shortcutsHeading: 'Сочетания клавиш',
    shortcutNotSet: 'Не задано',
    shortcutOpenPopup: 'Открыть конструктор целей',
    shortcutsChange: 'Изменить сочетания',
    shortcutsFirefox:
      'Чтобы изменить их, откройте about:addons, нажмите на шестерёнку и выберите «Управление горячими клавишами расширений».',
    shortcutsNone: 'Этот браузер не сообщает сочетания клавиш.',
    dataHeading: 'Ваши данные',
    storageUsed: 'Черновиков: {count}. Расширение занимает на этом устройстве: {used}.',
    storageUnknown: 'Черновиков: {count}. Браузер не сообщает, сколько места занято.',
    exportLabel: 'Формат экспорта',
    exportButton: 'Экспортировать черновики',
    exportDone: 'Черновиков экспортировано: {count}, файл {file}.',
    importLabel: 'Импорт черновиков из JSON-экспорта',
    importDone: 'Импортировано: новых {added}, сохранено копиями {copied}, уже были {unchanged}.',
    importInvalid: 'Ничего не импортировано. Исправьте в файле эти ошибки и повторите:',
    importUnreadable: 'Не удалось прочитать файл: {reason}',
    deleteButton: 'Удалить всё…',
    deleteWarning:
      'Будут удалены все черновики, скрытые подсказки и настройки SMART Goals на этом устройстве. Отменить это нельзя.',
    deleteConfirm: 'Да, удалить всё',
    deleteCancel: 'Отмена',
    deleteDone: 'Всё удалено. Настройки сброшены к исходным.',
    failed: 'Не получилось: {reason}',
    privacyNote:
      'Всё остаётся на этом устройстве: черновики и скрытые подсказки — в собственной базе данных расширения, настройки — в хранилище расширений браузера. Ничего никуда не отправляется.',
    toggleLabel: 'Подсказки на {host}',
    accessWithheld: 'Браузер не разрешает расширению читать {host}.',
    accessGrant: 'Разрешить на {host}',
    accessGranted: 'Разрешено. Обновите страницу, чтобы увидеть подсказки.',
    toggleOn: 'Вкл.',
    toggleOff: 'Выкл.',
    toggleUnavailable: 'На этой странице подсказки не работают.',
    toggleHidden:
      'Откройте это окно кнопкой на панели инструментов на нужной странице, чтобы включить или выключить там подсказки.',
  },
  vi: {
    title: 'Cài đặt SMART Goals',
    saved: 'Đã lưu',
    saving: 'Đang lưu…',
    notSaved: 'Chưa lưu: {reason}',
    sitesHeading: 'Gợi ý chạy ở đâu',
    siteModeLegend: 'Hiện gợi ý',
    siteModeAll: 'Trên mọi trang, trừ các trang tôi chặn',
    siteModeAllowlist: 'Chỉ trên các trang tôi cho phép',
    allowlistLabel: 'Trang được phép',
    allowlistHelp:
      'Gợi ý chạy ở đây ngay cả khi danh sách có sẵn bỏ qua trang này. Một trang bao gồm cả tên miền con.',
    denylistLabel: 'Trang bị chặn',
    denylistHelp: 'Gợi ý không bao giờ chạy ở đây. Một trang bao gồm cả tên miền con.',
    hostInputLabel: 'Trang cần thêm vào {list}',
    hostAdd: 'Thêm',
    hostRemove: 'Xoá {host}',
    hostListEmpty: 'Chưa có trang nào.',
    hostEmpty: 'Hãy nhập một trang, ví dụ docs.example.com.',
    hostNotAHost: '“{input}” không phải tên trang. Hãy nhập tên máy chủ như docs.example.com.',
    hostHasPath: 'Bỏ phần đường dẫn: chỉ nhập trang, ví dụ example.com.',
    hostHasPort: 'Bỏ số cổng: một mục áp dụng cho trang trên mọi cổng.',
    hostSingleLabel: '“{input}” thiếu phần đuôi tên miền. Hãy nhập đầy đủ, ví dụ example.com.',
    hostDuplicate: '{host} đã có trong danh sách này.',
    builtInLabel: 'Bỏ qua các trang không cần gợi ý',
    builtInHelp:
      'Công cụ tìm kiếm, ứng dụng trò chuyện và ngân hàng trực tuyến: ở đó người ta gõ truy vấn và tin nhắn ngắn, không phải mục tiêu. Cho phép một trang ở trên để vẫn dùng gợi ý ở đó.',
    builtInShow: 'Xem {count} trang có sẵn',
    nativeAccess:
      'Chrome cũng có thể giới hạn chính tiện ích: nhấp chuột phải vào biểu tượng trên thanh công cụ → “Có thể đọc và thay đổi dữ liệu trang web” → “Khi bạn nhấp vào tiện ích” hoặc “Trên các trang web cụ thể”.',
    checksHeading: 'Đánh dấu những gì',
    criteriaLegend: 'Đánh dấu mục tiêu chưa',
    criterionS: 'cụ thể (nói rõ thay đổi gì, cho ai)',
    criterionM: 'đo lường được (có con số để theo dõi)',
    criterionT: 'có thời hạn (có hạn chót hoặc chu kỳ)',
    criterionA: 'khả thi (chỉ tiêu thực tế so với số liệu của chính bạn)',
    outsideGoals: 'Đánh dấu cả từ ngữ mơ hồ bên ngoài mục tiêu',
    severityLabel: 'Hiện',
    severityInfo: 'Mọi gợi ý',
    severityWarning: 'Cảnh báo và lỗi',
    severityError: 'Chỉ lỗi',
    languagesLegend: 'Ngôn ngữ cần phân tích',
    languagesNone: 'hãy giữ ít nhất một ngôn ngữ, hoặc tắt gợi ý trong phần cài đặt trang.',
    uiLangHeading: 'Ngôn ngữ của các trang này',
    uiLangLabel: 'Ngôn ngữ giao diện',
    uiLangAuto: 'Giống trình duyệt',
    shortcutsHeading: 'Phím tắt',
    shortcutNotSet: 'Chưa đặt',
    shortcutOpenPopup: 'Mở trình tạo mục tiêu',
    shortcutsChange: 'Đổi phím tắt',
    shortcutsFirefox:
      'Để đổi phím tắt, mở about:addons, bấm biểu tượng bánh răng và chọn “Quản lý phím tắt tiện ích”.',
    shortcutsNone: 'Trình duyệt này không liệt kê phím tắt.',
    dataHeading: 'Dữ liệu của bạn',
    storageUsed: '{count} bản nháp. Dung lượng tiện ích dùng trên thiết bị này: {used}.',
    storageUnknown: '{count} bản nháp. Trình duyệt này không cho biết dung lượng đã dùng.',
    exportLabel: 'Định dạng xuất',
    exportButton: 'Xuất bản nháp',
    exportDone: 'Đã xuất {count} bản nháp vào {file}.',
    importLabel: 'Nhập bản nháp từ tệp JSON đã xuất',
    importDone: 'Đã nhập: {added} mới, {copied} giữ làm bản sao, {unchanged} đã có sẵn.',
    importInvalid: 'Chưa nhập gì. Hãy sửa các lỗi sau trong tệp rồi thử lại:',
    importUnreadable: 'Không đọc được tệp: {reason}',
    deleteButton: 'Xoá tất cả…',
    deleteWarning:
      'Thao tác này xoá mọi bản nháp, gợi ý đã bỏ qua và cài đặt của SMART Goals trên thiết bị này. Không thể hoàn tác.',
    deleteConfirm: 'Đồng ý, xoá tất cả',
    deleteCancel: 'Huỷ',
    deleteDone: 'Đã xoá tất cả. Cài đặt đã trở về mặc định.',
    failed: 'Không thực hiện được: {reason}',
    privacyNote:
      'Mọi thứ ở lại trên thiết bị này: bản nháp và gợi ý đã bỏ qua trong cơ sở dữ liệu riêng của tiện ích, cài đặt trong bộ nhớ tiện ích của trình duyệt. Không có gì được gửi đi.',
    toggleLabel: 'Gợi ý trên {host}',
    accessWithheld: 'Trình duyệt chưa cho tiện ích đọc {host}.',
    accessGrant: 'Cho phép trên {host}',
    accessGranted: 'Đã cho phép. Tải lại trang để thấy gợi ý.',
    toggleOn: 'Bật',
    toggleOff: 'Tắt',
    toggleUnavailable: 'Trang này không chạy gợi ý.',
    toggleHidden:
      'Mở mục này bằng nút trên thanh công cụ khi đang ở một trang để bật hoặc tắt gợi ý cho trang đó.',
  },
};
