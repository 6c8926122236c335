import {
  PAST,
  addDays,
  cadence,
  dueDate,
  endOfNamedMonth,
  endOfYear,
  fullDate,
  half,
  monthDay,
  nextWeekday,
  pastFrame,
  quarter,
  thisMonth,
  thisQuarter,
  thisWeek,
  wholeYear,
  within,
  type CivilDate,
} from '../calendar';
import type { Lexicon } from './types';
import { text } from '../rewrite-parts';

// Vietnamese: words are space-separated syllables, so every phrase below matches on letter
// boundaries (compile.ts, `spaced: true`). Written in NFC; no inflection, so no stems (`*`).

/**
 * Both tone placements of open "oa/oe/uy" syllables (hóa/hoá, khỏe/khoẻ, thủy/thuỷ), which
 * writers mix freely: each phrase is listed in the spelling given and in the other one.
 */
const TONE_PAIRS: [string, string][] = [
  ['óa', 'oá'], ['òa', 'oà'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'],
  ['óe', 'oé'], ['òe', 'oè'], ['ỏe', 'oẻ'], ['õe', 'oẽ'], ['ọe', 'oẹ'],
  ['úy', 'uý'], ['ùy', 'uỳ'], ['ủy', 'uỷ'], ['ũy', 'uỹ'], ['ụy', 'uỵ'],
];
function tones(phrases: string[]): string[] {
  const out = new Set(phrases);
  for (const p of phrases) {
    let alt = p;
    for (const [a, b] of TONE_PAIRS) {
      alt = alt.replace(new RegExp(`${a}(?![\\p{L}])`, 'gu'), b).replace(new RegExp(`${b}(?![\\p{L}])`, 'gu'), a);
    }
    out.add(alt);
  }
  return [...out];
}

// Numbers as words. "một" (also the article "a") and "năm" (also "year") only count before a
// count noun (see `quantities`); "ba" (also "father") likewise.
const NUMBER_WORDS: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12, 'mười lăm': 15, 'mười tám': 18, 'hai mươi': 20, 'hai mươi bốn': 24,
  'ba mươi': 30, 'bốn mươi': 40, 'năm mươi': 50, 'sáu mươi': 60, 'chín mươi': 90, 'một trăm': 100, trăm: 100,
  'hai trăm': 200, 'năm trăm': 500, 'một nghìn': 1000, 'một ngàn': 1000,
};
const byLength = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length);
const wordsRe = (ws: string[]) => byLength(ws).map((w) => w.replace(/ /g, '\\s+')).join('|');
/** A count in a time phrase: digits or a number word ("trong vòng hai năm tới"). */
const NUM = `(?<n>\\d{1,3}|${wordsRe(Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! <= 60 && w !== 'tư'))})`;
const num = (s = '') => (/^\d+$/.test(s) ? Number(s) : (NUMBER_WORDS[s.toLowerCase().replace(/\s+/g, ' ')] ?? NaN));
const UNIT = '(?<unit>ngày|tuần|tháng|qu[ýí]|năm)';
type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
const unit = (s = ''): Unit => ({ ngày: 'day', tuần: 'week', tháng: 'month', quý: 'quarter', quí: 'quarter', năm: 'year' })[s.toLowerCase()] as Unit;
const MONTHS_OF: Record<Unit, number> = { day: 1 / 30, week: 0.25, month: 1, quarter: 3, year: 12 };
const year = (s?: string) => (s ? (s.length === 2 ? 2000 + Number(s) : Number(s)) : undefined);

const QUY = 'qu[ýí]';
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const QWORD: Record<string, number> = { một: 1, nhất: 1, hai: 2, ba: 3, bốn: 4, tư: 4 };
/** Quarter number as digit, Roman numeral or word: quý 3, quý III, quý ba, Q3. */
const QNUM = `(?:${QUY}\\s+(?:thứ\\s+)?(?:(?<q>[1-4])|(?<qr>iv|iii|ii|i)|(?<qw>một|nhất|hai|ba|bốn|tư))|q(?<q2>[1-4]))(?![\\p{L}\\p{N}])`;
const qnum = (g: Record<string, string | undefined>) =>
  g.q ? Number(g.q) : g.q2 ? Number(g.q2) : g.qr ? (ROMAN[g.qr.toLowerCase()] ?? 0) : (QWORD[(g.qw ?? '').toLowerCase()] ?? 0);
const MONTH_WORDS: Record<string, number> = {
  giêng: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, 'mười một': 11, 'mười hai': 12, chạp: 12,
};
// Weekdays: thứ hai = Monday … thứ bảy = Saturday, thứ 2 … thứ 7 likewise, chủ nhật = Sunday.
const DOW: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };

/**
 * Optional preposition before a time phrase: "trước", "đến hết", "trong vòng", "chậm nhất là"…
 * Each alternative ends on a letter so that one `\s+` follows (no ambiguous runs of spaces).
 */
const PREP =
  '(?:(?:trước\\s+khi\\s+(?:kết\\s+thúc|hết)|trước|đến\\s+hết|đến\\s+trước|cho\\s+đến|cho\\s+tới|đến|tới|hết|vào|trong\\s+vòng|trong\\s+suốt|trong|suốt|ngay\\s+trong|cho|kể\\s+từ|từ|tính\\s+đến|chậm\\s+nhất(?:\\s+là)?(?:\\s+vào)?|muộn\\s+nhất(?:\\s+là)?(?:\\s+vào)?|không\\s+muộn\\s+hơn|hạn\\s+chót(?:\\s+là)?|hạn\\s+cuối(?:\\s+là)?|deadline(?:\\s+là)?|kịp)\\s+)?';
/** "cuối quý 2", "hết năm", "đầu tháng 6", "giữa quý 3". */
const END = '(?:(?:cuối|đầu|giữa|hết|kết\\s+thúc)\\s+)?';
const NOT_AFTER = '(?![\\p{L}\\p{N}])';
/** "những tháng tới", "vài năm tới" are the vague coming months/years, not next month/year. */
const NOT_PLURAL = '(?<!(?:những|các|vài|mấy|nhiều)\\s)';
/** "hằng/hàng/mỗi tháng" = every month; not the "hàng" of "khách hàng", "đơn hàng", "cửa hàng"… */
const EVERY =
  '(?<!(?:hoạt\\s+động|định\\s+kỳ|trung\\s+bình)\\s)(?:hằng|mỗi|từng|(?<!(?:khách|cửa|đơn|mặt|nhà|ngân|bán|giao|mua|tồn|kho|xếp|gian|lô|chuyến|hết|nguồn|đặt|nhập|trả|chủ|hãng|món|loại|bạn|người|sạch|hàng)\\s)hàng)';

/** Next Monday-based week: "thứ Sáu tuần sau". */
function weekdayNextWeek(t: CivilDate, d: number) {
  const dow = new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay() || 7;
  return dueDate(addDays(t, 7 - dow + d), (7 - dow + d) / 30);
}

/** The next occurrence of a yearly date (holidays, seasons). */
const nextDay = (t: CivilDate, m: number, d: number) => monthDay(t, m, d);

const HOLIDAYS: [RegExp, (t: CivilDate) => ReturnType<typeof monthDay>][] = [
  [/tết\s+dương/iu, (t) => nextDay(t, 1, 1)],
  [/tết|xuân/iu, (t) => nextDay(t, 2, 1)], // Lunar New Year falls late Jan – mid Feb
  [/giáng|noel/iu, (t) => nextDay(t, 12, 24)],
  [/black\s+friday/iu, (t) => nextDay(t, 11, 27)],
  [/11\/11/u, (t) => nextDay(t, 11, 11)],
  [/12\/12/u, (t) => nextDay(t, 12, 12)],
  [/30\/4/u, (t) => nextDay(t, 4, 30)],
  [/hè/iu, (t) => nextDay(t, 6, 1)],
  [/thu|khai\s+giảng|tựu\s+trường|năm\s+học/iu, (t) => nextDay(t, 9, 1)],
  [/đông/iu, (t) => nextDay(t, 11, 1)],
  [/.*/u, (t) => nextDay(t, 12, 31)], // year-end shopping / festive season
];

/** Count nouns after a number word: "ba bài viết", "hai kỹ sư", "năm cửa hàng". */
const COUNT_NOUNS = [
  'người', 'nhân viên', 'nhân sự', 'kỹ sư', 'kĩ sư', 'lập trình viên', 'chuyên viên', 'thành viên', 'ứng viên', 'khách hàng', 'đối tác',
  'đại lý', 'nhà phân phối', 'cửa hàng', 'chi nhánh', 'văn phòng', 'sản phẩm', 'tính năng', 'phiên bản', 'bài', 'bài viết', 'bài đăng',
  'video', 'clip', 'tập', 'cuốn', 'quyển', 'cuốn sách', 'chương', 'buổi', 'lần', 'khóa học', 'khoá học', 'lớp', 'hội thảo', 'webinar',
  'sự kiện', 'chiến dịch', 'dự án', 'hợp đồng', 'đơn hàng', 'thị trường', 'tỉnh', 'thành phố', 'quốc gia', 'ngôn ngữ', 'kênh', 'mẫu',
  'vị trí', 'điểm', 'sao', 'km', 'kg', 'cân', 'ký', 'lít', 'bước', 'trang', 'ứng dụng', 'trường hợp', 'cuộc gọi', 'cuộc họp', 'cuộc hẹn',
  'đầu sách', 'mã', 'nhóm', 'đội', 'giờ', 'tiếng',
];

/**
 * A verb with "thêm" (more) or "được" (manage to): "thu hút thêm 500 …", "bán được 1.000 …". Listed
 * as one action so the amount right after it is found and what follows is the metric.
 */
const particles = (verbs: string[]) => verbs.flatMap((v) => (/(?:thêm|được)$/u.test(v) ? [v] : [v, `${v} thêm`, `${v} được`]));

const ACTIONS = {
  up: particles(tones([
    'tăng', 'tăng cường', 'tăng thêm', 'gia tăng', 'tăng trưởng', 'nâng', 'nâng cao', 'nâng tầm', 'đẩy mạnh', 'thúc đẩy', 'mở rộng',
    'phát triển', 'cải thiện', 'cải tiến', 'nhân đôi', 'nhân ba', 'thu hút', 'có thêm', 'kiếm', 'kiếm thêm', 'thu về', 'mang về', 'giành',
    'chiếm lĩnh', 'bán', 'bán thêm', 'bán được', 'thu thập', 'tạo ra', 'tạo thêm', 'chuyển đổi', 'củng cố', 'tối đa hóa', 'đưa', 'kéo',
    'lôi kéo', 'tích lũy', 'phủ sóng', 'thâm nhập', 'tiếp cận', 'gia nhập', 'giữ chân', 'mở rộng quy mô', 'tăng tốc', 'có được', 'cần thêm',
    'thu hồi', 'thu xếp', 'thu gọn', 'bứt phá', 'tìm kiếm', 'tìm', 'tạo dựng', 'nuôi dưỡng', 'khai thác', 'tận dụng', 'đa dạng hóa', 'mời',
    'kêu gọi', 'gọi vốn', 'huy động', 'phân phối', 'xuất khẩu', 'mua nhà', 'mua xe', 'mua được', 'sở hữu', 'đóng góp', 'quyên góp', 'trồng',
    'chiêu mộ',
    'đạt thêm', 'bổ sung', 'nhân rộng',
  ])),
  down: particles(tones([
    'giảm', 'giảm thiểu', 'giảm bớt', 'cắt', 'cắt giảm', 'hạ', 'hạ thấp', 'tối thiểu hóa', 'rút ngắn', 'loại bỏ', 'xóa bỏ', 'hạn chế',
    'tiết kiệm', 'trả nợ', 'trả hết', 'thu hẹp', 'ngăn chặn', 'tránh', 'bớt', 'dừng', 'ngừng', 'bỏ', 'từ bỏ', 'cai', 'xử lý dứt điểm',
    'kéo giảm', 'đẩy lùi', 'khống chế', 'xóa', 'kiềm chế', 'thanh lý', 'tinh giản', 'tinh gọn', 'dọn dẹp', 'tất toán', 'thanh toán hết',
    'giảm tải', 'hạ nhiệt',
  ])),
  reach: particles(tones([
    'đạt', 'đạt được', 'chạm', 'chạm mốc', 'vượt', 'vượt mốc', 'duy trì', 'giữ', 'giữ vững', 'giữ mức', 'trở thành',
    'kết thúc', 'ký', 'ký kết', 'ký được', 'chốt', 'giành được', 'lọt', 'lọt top', 'đứng đầu', 'dẫn đầu', 'xếp hạng', 'chạy', 'chạy bộ',
    'đọc', 'viết', 'học', 'luyện', 'luyện tập', 'tập', 'tập luyện', 'đi bộ', 'bơi', 'trả lời', 'phản hồi', 'xử lý', 'giải quyết', 'đăng',
    'đăng tải', 'đào tạo', 'huấn luyện', 'thi', 'thi đỗ', 'thi đạt', 'lấy', 'đăng ký', 'kiểm soát', 'chăm sóc', 'gọi', 'gọi điện', 'gặp',
    'tuyển dụng', 'liên hệ', 'bảo vệ', 'về đích', 'xong', 'đảm bảo', 'bảo đảm', 'bảo toàn', 'tham dự', 'du lịch', 'đi du lịch', 'thăm',
    'ghé thăm', 'phỏng vấn', 'khảo sát', 'quay', 'sản xuất', 'tiến hành', 'quản lý', 'chốt đơn', 'đàm phán', 'ôn', 'ôn tập', 'đỗ', 'đậu',
    'tốt nghiệp', 'lấy bằng', 'dậy', 'thức dậy', 'nấu', 'tập thể dục', 'đạp xe', 'leo núi', 'thiền', 'giao hàng', 'phục vụ', 'tiếp nhận',
    'vượt qua',
  ])),
  deliver: particles(tones([
    'ra mắt', 'phát hành', 'triển khai', 'hoàn thành', 'hoàn tất', 'học xong', 'làm xong', 'hoàn thành xong', 'xuất bản', 'công bố',
    'di chuyển', 'chuyển', 'chuyển sang', 'chuyển toàn bộ', 'sửa', 'sửa lỗi',
    'khắc phục', 'tuyển', 'tuyển thêm', 'thuê', 'thuê thêm', 'thuê ngoài', 'mở', 'mở thêm', 'khai trương', 'xây dựng', 'thiết kế',
    'thiết kế lại',
    'tạo', 'hoàn thiện', 'áp dụng', 'tích hợp', 'tự động hóa', 'thay thế', 'gỡ bỏ', 'nâng cấp', 'viết lại', 'dịch thuật', 'bản địa hóa',
    'tổ chức',
    'gửi', 'kiểm toán', 'vá', 'bàn giao', 'cài đặt', 'số hóa', 'giới thiệu', 'đưa vào vận hành', 'vận hành', 'khởi động', 'khởi chạy',
    'thành lập', 'lập', 'lập kế hoạch', 'phát động', 'go-live', 'cập nhật', 'chuẩn hóa', 'hợp nhất', 'tung ra', 'đưa ra', 'đưa lên',
    'bổ nhiệm', 'tạo lập', 'soạn', 'soạn thảo', 'biên soạn', 'đồng bộ', 'đồng bộ hóa', 'ngừng hỗ trợ', 'tái thiết kế', 'kiểm thử',
    'lắp đặt', 'nộp', 'phê duyệt', 'đóng gói', 'ra mắt thử', 'chạy thử', 'fix', 'deploy', 'release', 'launch', 'setup', 'thiết lập xong',
    'hoàn thiện xong', 'viết xong', 'làm lại', 'làm mới lại',
  ])),
  generic: tones([
    'làm', 'làm việc', 'thực hiện', 'tập trung', 'tập trung vào', 'hỗ trợ', 'giúp', 'tối ưu', 'tối ưu hóa', 'hợp lý hóa', 'đơn giản hóa',
    'đổi mới', 'làm mới', 'cải tổ', 'tái cấu trúc', 'khám phá', 'đầu tư', 'đầu tư vào', 'thống trị', 'thiết lập', 'mang lại', 'mang đến',
    'đem lại', 'đem đến', 'trở nên', 'sống', 'ăn', 'ngủ', 'uống', 'dành', 'dành thời gian', 'quan tâm', 'nghiên cứu', 'tìm hiểu',
    'theo dõi',
    'đo lường', 'phân tích', 'đánh giá', 'rà soát', 'kiểm tra', 'chuẩn bị', 'hợp tác', 'kết nối', 'chinh phục', 'tham gia', 'biến',
    'tiếp thị', 'quảng bá', 'thử nghiệm', 'xác định', 'định vị', 'lan tỏa', 'truyền cảm hứng', 'làm hài lòng', 'gắn kết', 'điều chỉnh',
  ]),
};

const ALL_ACTIONS = Object.values(ACTIONS).flat();
const BASE_VERBS = ALL_ACTIONS.filter((a) => !/ (?:thêm|được)$/u.test(a));
/**
 * Modal + verb ("nên cắt giảm"): bare "nên" is also "so, therefore" in reports ("doanh số giảm nên…"),
 * so it only counts before an action.
 * "là" + verb is the aim in "mục tiêu cho quý tới là tăng 10%". A phrase ends on a word boundary,
 * so the first syllable of each verb is enough ("cần tăng" also covers "cần tăng cường").
 */
const VERB_HEADS = [...new Set(ALL_ACTIONS.map((a) => a.split(' ')[0]!))];
const modal = (m: string) => VERB_HEADS.map((v) => `${m} ${v}`);

const REPORT_VERBS = byLength([
  ...BASE_VERBS, 'sụt', 'sụt giảm', 'giảm sút', 'chững lại', 'đi ngang', 'chiếm', 'lên tới', 'lên đến', 'đứng ở', 'dừng ở', 'có',
  'ghi nhận', 'chứng kiến', 'đón', 'mất', 'lỗ', 'lãi', 'nhận', 'nhận được', 'bán ra', 'chi', 'tiêu', 'mang về'])
  .map((v) => v.replace(/ /g, '\\s+'))
  .join('|');
const REPORTED_CHANGE =
  `(?<=[\\p{L}\\p{N}%)]\\s)(?:${REPORT_VERBS})(?:\\s+(?:được|thêm|lên|xuống))?` +
  // … then an amount, a change word, or an object of up to three words and an amount.
  '(?=\\s+(?:\\p{N}|thêm|gần|hơn|khoảng|từ|lên|xuống|còn|đều|mạnh|nhẹ|nhanh|chậm|đáng|tới|đến|được|ở|mức|kỷ|gấp|một|hai|ba|bốn|năm|nửa|vượt|trên|dưới|ít|nhiều)(?![\\p{L}])|(?:\\s+\\p{L}+){1,3}\\s+\\p{N})' +
  '(?<=^[^:：\\-–—]{0,300})';

export const vi: Lexicon = {
  lang: 'vi',
  spaced: true,
  labels: {
    objective: ['o', 'obj', 'objective'],
    keyResult: ['kr', 'kết quả then chốt', 'kết quả chính', 'kết quả chủ chốt', 'key result'],
    goal: [
      // No labels with a period in them ("Mục tiêu quý 3:"): the engine drops times inside a label,
      // so those are intent phrases instead and their period stays a deadline.
      'mục tiêu', 'chỉ tiêu', 'okr', 'mục tiêu chính', 'mục tiêu cá nhân', 'mục tiêu của tôi', 'mục tiêu của chúng tôi',
      'mục tiêu của chúng ta', 'mục tiêu của nhóm', 'nhiệm vụ', 'việc cần làm', 'kế hoạch', 'cột mốc', 'goal', 'target', 'tầm nhìn',
      'sứ mệnh', 'mục đích', 'todo', 'to-do', 'việc cần làm',
    ],
  },
  intent: [
    'chúng tôi muốn', 'chúng ta muốn', 'tôi muốn', 'mình muốn', 'em muốn', 'muốn', 'mong muốn', 'chúng tôi mong muốn', 'chúng tôi sẽ',
    'chúng ta sẽ', 'tôi sẽ', 'mình sẽ', 'em sẽ', 'team sẽ', 'nhóm sẽ', 'đội sẽ', 'công ty sẽ', 'cần', 'phải', 'cần phải', 'bắt buộc phải',
    'chúng ta cần', 'chúng tôi cần', 'tôi cần', 'mình cần',
    'chúng ta phải', 'chúng tôi phải', 'tôi phải', 'mình phải', 'chúng ta nên', 'chúng tôi nên', 'tôi nên', 'mình nên', 'dự kiến',
    'dự định', 'dự tính', 'kế hoạch là', 'có kế hoạch', 'lên kế hoạch', 'mục tiêu là', 'mục tiêu của chúng tôi là',
    'mục tiêu của chúng ta là', 'đặt mục tiêu', 'đặt ra mục tiêu', 'đề ra mục tiêu', 'chúng tôi đặt mục tiêu', 'nhắm tới', 'nhắm đến',
    'nhắm mục tiêu', 'hướng tới', 'hướng đến', 'chỉ tiêu là', 'hãy', 'phấn đấu', 'quyết tâm', 'cam kết', 'kỳ vọng', 'đặt chỉ tiêu',
    'mục tiêu đề ra là', 'ưu tiên', 'dự kiến sẽ', 'chúng tôi định', 'chiến lược là', 'nhiệm vụ là', 'trọng tâm là', 'ưu tiên hàng đầu là',
    'ước mơ', 'khát vọng',
    // A period's target ("Mục tiêu quý 3: …", "mục tiêu cho nửa cuối năm là …").
    'mục tiêu năm', 'mục tiêu quý', 'mục tiêu tháng', 'mục tiêu tuần', 'chỉ tiêu năm', 'chỉ tiêu quý', 'chỉ tiêu tháng', 'mục tiêu cho',
    // Bare "sẽ" also forecasts ("thị trường sẽ khó khăn hơn"): only with a first person or a verb.
    ...modal('nên'), ...modal('là'), ...modal('sẽ'),
  ],
  // "Chị Lan phụ trách…", "Team Marketing lo…": a task handed to someone (case-sensitive).
  delegation:
    '(?:(?:[Aa]nh|[Cc]hị|[Ee]m|[Bb]ạn|[Cc]ô|[Cc]hú|[Tt]eam|[Nn]hóm|[Đđ]ội|[Pp]hòng|[Bb]ộ\\s+phận)\\s+)?\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,2}\\s+(?:phụ\\s+trách|chịu\\s+trách\\s+nhiệm|đảm\\s+nhận|đảm\\s+nhiệm|lo|cần|phải|sẽ)\\s+(?=\\p{Ll})',
  hedges: [
    'cố gắng', 'gắng', 'ráng', 'hy vọng', 'hi vọng', 'hy vọng là', 'mong là', 'mong rằng', 'mong sao', 'nếu có thể', 'nếu được', 'có lẽ',
    'may ra', 'biết đâu', 'ước gì', 'thử xem', 'tìm cách', 'nỗ lực', 'hết sức', 'cố gắng hết sức', 'xem sao', 'chắc là',
    'chúng tôi hy vọng', 'chúng tôi hi vọng',
  ],
  actions: ACTIONS,
  // Adverbs that may come before the verb of a plan item ("Sớm cải thiện…", "Tiếp tục tăng…").
  connectors: [
    'và', 'rồi', 'sau đó', 'tiếp theo', 'tiếp đó', 'đồng thời', 'ngoài ra', 'cũng', 'hãy', 'vui lòng', 'tiếp tục', 'sớm', 'nhanh chóng',
    'dần dần', 'từng bước', 'liên tục', 'cùng nhau', 'cuối cùng', 'trước hết', 'đầu tiên', 'bên cạnh đó', 'vì vậy', 'do đó', 'từ đó',
    'chủ động', 'tích cực', 'nhanh', 'thêm', 'ngay', 'luôn', 'cần', 'cần phải', 'phải', 'nên', 'sẽ', 'ưu tiên',
  ],
  pastMarkers: [
    'năm ngoái', 'năm trước', 'năm qua', 'quý trước', 'tháng trước', 'tuần trước', 'hôm qua', 'hôm trước', 'vừa qua', 'vừa rồi',
    'trước đây',
    'trước đó', 'lúc trước', 'hồi trước', 'từ trước đến nay', 'cho đến nay', 'đến nay', 'tới nay', 'gần đây', 'thời gian qua', 'vừa mới',
    'đã từng', 'cùng kỳ năm ngoái', 'cùng kỳ năm trước',
  ],
  pastPatterns: [
    // đã / vừa + verb: completed ("đã tăng", "vừa ra mắt"); not "vừa và nhỏ", "vừa phải", "vừa đủ".
    '(?<![\\p{L}])(?:đã|vừa)\\s+(?!(?:và|phải|đủ|túi|sức|tầm|là)(?![\\p{L}]))\\p{L}+',
    '(?<![\\p{L}])từng\\s+(?:là|có|đạt|tăng|giảm|làm|được|thử|ra mắt)(?![\\p{L}])',
    // Sentence-final "rồi" (already): "Doanh thu đạt 5 tỷ rồi."
    '(?<![\\p{L}])(?:xong\\s+)?rồi(?=\\s*[.!…]*\\s*$)',
    // A verb after a noun subject, followed by an amount, reports what happened or is happening
    // ("lượng truy cập tăng 4%", "đội sales chốt được 8 hợp đồng"); a plan starts with the verb or
    // carries intent. Not after a label, colon or dash ("KR1: Doanh thu đạt 5 tỷ"), where a bare
    // result is the plan.
    REPORTED_CHANGE,
  ],
  statusMarkers: [
    'hiện tại', 'hiện nay', 'hiện đang', 'hiện giờ', 'bây giờ', 'lúc này', 'đang', 'vẫn đang', 'vẫn', 'ở mức', 'đang ở mức', 'so với',
    'tính đến', 'tính tới', 'đến thời điểm này', 'hiện có', 'hiện chỉ', 'hiện ở', 'hiện là', 'còn đang', 'đứng ở mức', 'đang trên đà',
  ],
  reported: [
    'nói rằng', 'nói là', 'nói với', 'đã nói', 'có nói', 'cho biết', 'cho rằng', 'cho là', 'bảo rằng', 'bảo là', 'bảo với', 'bảo chúng tôi',
    'bảo tôi', 'theo anh', 'theo chị', 'theo ông', 'theo bà', 'theo sếp', 'theo tôi', 'theo em', 'theo báo cáo', 'theo khảo sát',
    'theo số liệu',
    'theo nghiên cứu', 'theo ý kiến', 'theo đánh giá', 'theo quan điểm', 'theo thống kê', 'theo dự báo', 'cho thấy', 'khẳng định',
    'nhận định',
    'chia sẻ rằng', 'tiết lộ', 'phát biểu', 'nhấn mạnh rằng', 'đề xuất rằng', 'gợi ý rằng', 'tôi nghĩ', 'tôi tin', 'tôi thấy',
    'chúng tôi tin',
    'tin rằng', 'nghĩ rằng', 'thấy rằng', 'hỏi rằng', 'hỏi liệu', 'than phiền', 'phàn nàn', 'thông báo rằng', 'kể rằng', 'viết rằng',
  ],
  definition: [
    // "X là (một) chỉ số / tỷ lệ / số …", "X bằng số lần mua…"; not "Mục tiêu quý này là …".
    '^(?!(?:mục\\s+tiêu|chỉ\\s+tiêu|kế\\s+hoạch|nhiệm\\s+vụ|ưu\\s+tiên)\\s+(?!là\\s))[^,;:]{1,60}?\\s(?:là|bằng)\\s+(?:một\\s+|những\\s+|các\\s+)?(?:chỉ\\s+số|thước\\s+đo|số\\s+đo|số\\s+lượng|số\\s+lượt|số\\s+lần|số|tỷ\\s+lệ|tỉ\\s+lệ|phần\\s+trăm|tổng|tích|thương|khoảng\\s+thời\\s+gian|giá\\s+trị|phương\\s+pháp|quá\\s+trình|quy\\s+trình|thuật\\s+ngữ|khái\\s+niệm|từ\\s+viết\\s+tắt|công\\s+cụ|cách\\s+đo|mức\\s+độ|doanh\\s+thu\\s+trung\\s+bình)(?![\\p{L}])',
    '^[^,;:]{1,60}?\\s(?:được\\s+định\\s+nghĩa\\s+là|được\\s+hiểu\\s+là|được\\s+tính\\s+bằng|được\\s+tính\\s+theo|được\\s+đo\\s+bằng|được\\s+gọi\\s+là|có\\s+nghĩa\\s+là|nghĩa\\s+là|là\\s+viết\\s+tắt\\s+của|viết\\s+tắt\\s+của|là\\s+từ\\s+viết\\s+tắt|dùng\\s+để\\s+chỉ|dùng\\s+để\\s+đo|đề\\s+cập\\s+đến)(?![\\p{L}])',
    // A formula: "X bằng A nhân với B", "X = A chia cho B".
    '^[^,;:]{1,80}?\\s(?:bằng|=)\\s[^,;:]{1,100}?\\s(?:chia\\s+cho|nhân\\s+với|cộng\\s+với|trừ\\s+đi)(?![\\p{L}])',
    '^(?:một\\s+)?(?:kpi|okr|mục\\s+tiêu|chỉ\\s+số|key\\s+result|kết\\s+quả\\s+then\\s+chốt)\\s+(?:là|được\\s+hiểu\\s+là)\\s+(?:một|những|các|cái)\\s',
  ],
  // General truths and opinions: "X thường giúp…", "nói chung", "rất quan trọng".
  generic: [
    'thường giúp', 'thường khiến', 'thường làm', 'thường dẫn đến', 'thường dẫn tới', 'thường mang lại', 'thường có', 'thường được',
    'thường là',
    'thường sẽ', 'thường không', 'thường cao', 'thường thấp', 'thường tăng', 'thường giảm', 'thường gây', 'thông thường', 'nói chung',
    'nhìn chung', 'về cơ bản', 'luôn luôn', 'hầu hết các', 'phần lớn các', 'đa số các', 'ai cũng biết', 'mọi người đều biết',
    'rất quan trọng',
    'là quan trọng', 'là điều quan trọng', 'quan trọng nhất là', 'là cần thiết', 'rất cần thiết', 'là chìa khóa', 'là chìa khoá',
    'là yếu tố',
    'đóng vai trò', 'có xu hướng', 'chỉ là chỉ số ảo', 'là chỉ số phù phiếm', 'không bao giờ', 'dễ dẫn đến', 'dễ khiến', 'là điều mà',
    'là điều cần thiết', 'đều mong muốn', 'đều muốn', 'ai cũng muốn', 'mọi doanh nghiệp', 'doanh nghiệp nào cũng',
    // Forecasts and scheduled events: about the future, but nobody's aim.
    'dự báo', 'dự đoán', 'ước tính', 'nhiều khả năng', 'có khả năng', 'có thể sẽ', 'có lẽ sẽ', 'chắc sẽ', 'các chuyên gia',
    'giới phân tích',
    'nhà phân tích', 'được kỳ vọng', 'sẽ diễn ra', 'diễn ra vào', 'diễn ra lúc', 'diễn ra từ', 'được tổ chức vào', 'sẽ được tổ chức',
    'bắt đầu lúc', 'bắt đầu vào lúc', 'kết thúc lúc', 'khai mạc', 'theo lịch', 'nếu thời tiết cho phép', 'với tốc độ hiện tại',
    'giúp em với',
    'giúp mình với', 'giùm em', 'giùm mình', 'được không ạ',
    // Still-not-done reports.
    'vẫn chưa', 'chưa đạt được mục tiêu', 'chưa hoàn thành được',
  ],
  questionStarts: [
    'có nên', 'chúng ta có nên', 'chúng ta có thể', 'liệu', 'làm sao', 'làm thế nào', 'làm cách nào', 'tại sao', 'vì sao', 'bao nhiêu',
    'khi nào', 'ai là', 'ai sẽ', 'ai chịu', 'cái gì', 'nên chăng', 'có phải', 'như thế nào', 'bằng cách nào', 'ở đâu', 'có cách nào',
    'có ai', 'phải chăng', 'ai biết', 'ai có thể', 'cho em hỏi', 'cho mình hỏi', 'cho tôi hỏi', 'cho em xin', 'cho mình xin', 'cho tôi xin',
    // Requests for help or information.
    'nhờ anh', 'nhờ chị', 'nhờ bạn', 'nhờ em', 'nhờ mọi người', 'mọi người ơi', 'anh chị ơi', 'anh ơi', 'chị ơi', 'em ơi', 'xin hỏi',
  ],
  ui: {
    verbs: [
      // Not bare "tích" (tích hợp, tích lũy) or "kéo" (kéo thêm khách): goal verbs too.
      'nhấn', 'bấm', 'nhấp', 'nhấp chuột', 'click', 'chọn', 'mở', 'kéo thả', 'kéo và thả', 'vuốt', 'gõ', 'nhập', 'chạm', 'cuộn', 'bật',
      'tắt', 'đi tới',
      'đi đến', 'vào', 'truy cập vào', 'đăng nhập', 'chuyển sang tab', 'tích chọn', 'tích vào', 'bỏ tích', 'đánh dấu', 'rê chuột',
      'dùng phím', 'sử dụng phím', 'nhấn giữ',
    ],
    nouns: [
      'nút', 'menu', 'tab', 'cài đặt', 'thiết lập', 'biểu tượng', 'icon', 'hộp thoại', 'ô nhập', 'ô tìm kiếm', 'hộp kiểm', 'thanh công cụ',
      'thanh bên', 'danh sách thả xuống', 'ctrl', 'cmd', 'shift', 'phím', 'tùy chọn', 'tuỳ chọn', 'cửa sổ', 'trình đơn', 'chuột phải',
      'chuột',
      'đường liên kết', 'đường link', 'công tắc', 'thanh trượt', 'bảng điều khiển', 'trang cài đặt', 'mục cài đặt', 'enter', 'bàn phím',
      'chỉnh sửa', 'màn hình', 'trình duyệt', 'thư mục', 'tệp tin', 'bên phải', 'bên trái', 'góc trên', 'góc dưới', 'đăng xuất',
      'hồ sơ cá nhân', 'popup',
    ],
  },
  vague: {
    S: [
      'đẳng cấp thế giới', 'tầm cỡ thế giới', 'hàng đầu thế giới', 'mọi thứ', 'tất cả mọi thứ', 'mọi mặt', 'mọi khía cạnh', 'tổng thể',
      'nói chung', 'chung chung', 'toàn diện', 'tốt nhất', 'tốt nhất từ trước đến nay', 'vượt trội', 'xuất sắc', 'đỉnh cao', 'tầm cao mới',
      'lên một tầm cao mới', 'mọi người', 'mọi việc', 'tuyệt vời', 'hoàn hảo', 'bền vững', 'vững mạnh', 'trong lòng khách hàng',
      'trong lòng', 'chuyên nghiệp', 'hiện đại', 'lớn mạnh',
    ],
    M: [
      'nhiều hơn', 'nhiều hơn nữa', 'hơn nữa', 'tốt hơn', 'tốt hơn nữa', 'đáng kể', 'mạnh mẽ', 'mạnh mẽ hơn', 'rõ rệt', 'nhanh hơn',
      'cao hơn',
      'thấp hơn', 'ít hơn', 'lớn hơn', 'mạnh hơn', 'hiệu quả hơn', 'hơn', 'nhiều', 'rất nhiều', 'một chút', 'chút ít', 'phần nào',
      'nhiều nhất có thể', 'tối đa', 'càng nhiều càng tốt', 'vượt bậc', 'đột phá', 'đáng kể', 'một cách đáng kể', 'khá nhiều', 'thêm',
      'nhẹ',
      'đáng chú ý', 'ấn tượng', 'nhanh', 'mạnh', 'tối đa có thể', 'hết mức', 'hết mức có thể', 'ít nhiều', 'một vài', 'vài',
    ],
    T: [
      'càng sớm càng tốt', 'sớm nhất có thể', 'nhanh nhất có thể', 'sớm', 'sớm nhất', 'trong thời gian tới', 'thời gian tới', 'sắp tới',
      'trong tương lai', 'tương lai gần', 'trong tương lai gần', 'một ngày nào đó', 'một lúc nào đó', 'lúc nào đó', 'dần dần', 'về lâu dài',
      'lâu dài', 'khi có thể', 'khi nào có thể', 'sớm muộn', 'sớm hay muộn', 'sau này', 'từ từ', 'nhanh chóng', 'trong những tháng tới',
      'trong vài tháng tới', 'vài tháng tới', 'trong những năm tới', 'khi có điều kiện', 'khi rảnh', 'ngay khi có thể', 'trong dài hạn',
      'trong ngắn hạn', 'dài hạn', 'ngắn hạn', 'đều đặn', 'thường xuyên', 'định kỳ', 'liên tục',
    ],
  },
  metrics: tones([
    'doanh thu', 'doanh số', 'lợi nhuận', 'biên lợi nhuận', 'lãi', 'lãi gộp', 'tỷ lệ chuyển đổi', 'tỉ lệ chuyển đổi', 'lượt chuyển đổi',
    'tỷ lệ mở', 'tỉ lệ mở', 'tỷ lệ nhấp', 'tỷ lệ click', 'ctr', 'cpc', 'cpa', 'cpm', 'cac', 'ltv', 'clv', 'roi', 'roas', 'nps', 'csat',
    'ces',
    'mql', 'sql', 'mrr', 'arr', 'gmv', 'aov', 'dau', 'mau', 'khách hàng tiềm năng', 'khách hàng mới', 'số khách hàng',
    'số lượng khách hàng',
    'lượng khách hàng', 'khách hàng trả phí', 'khách hàng quay lại', 'khách hàng doanh nghiệp', 'lead', 'leads', 'đơn hàng', 'số đơn',
    'giá trị đơn hàng', 'giá trị vòng đời', 'lượt truy cập', 'lượng truy cập', 'lưu lượng truy cập', 'truy cập', 'traffic', 'lượt xem',
    'lượt tải', 'lượt cài đặt', 'lượt đăng ký', 'người đăng ký', 'lượt theo dõi', 'người theo dõi', 'follower', 'followers', 'lượt thích',
    'lượt chia sẻ', 'lượt bình luận', 'bình luận', 'lượt đánh giá', 'điểm đánh giá', 'đánh giá 5 sao', 'thứ hạng', 'từ khóa', 'backlink',
    'người dùng', 'người dùng hoạt động', 'tài khoản', 'thuê bao', 'hội viên', 'tỷ lệ rời bỏ', 'tỉ lệ rời bỏ', 'tỷ lệ churn', 'churn',
    'tỷ lệ giữ chân', 'tỷ lệ hoàn đơn', 'tỷ lệ hủy', 'tỷ lệ thoát', 'tỷ lệ bỏ giỏ hàng', 'tỷ lệ nghỉ việc', 'tỷ lệ lỗi', 'tỷ lệ hoàn thành',
    'thời gian phản hồi', 'thời gian xử lý', 'thời gian chờ', 'thời gian tải', 'tốc độ tải', 'tốc độ tải trang', 'thời gian tuyển dụng',
    'thời gian giao hàng', 'thời gian hoạt động', 'thời gian ngừng hoạt động', 'thời gian build', 'thời gian triển khai', 'uptime',
    'downtime',
    'lỗi', 'bug', 'crash', 'sự cố', 'ticket', 'phiếu hỗ trợ', 'yêu cầu hỗ trợ', 'khiếu nại', 'chi phí', 'ngân sách', 'chi tiêu', 'giá vốn',
    'tồn kho', 'hàng tồn', 'công nợ', 'nợ', 'khoản nợ', 'tiền tiết kiệm', 'quỹ', 'quỹ dự phòng', 'vốn', 'thị phần', 'bài viết', 'bài đăng',
    'bài blog', 'bài báo', 'blog', 'video', 'webinar', 'podcast', 'bản tin', 'newsletter', 'danh sách email', 'cân nặng', 'kg', 'km',
    'điểm',
    'ielts', 'toeic', 'sách', 'cuốn sách', 'khóa học', 'chứng chỉ', 'nhân viên', 'kỹ sư', 'kĩ sư', 'lập trình viên', 'nhà thiết kế',
    'ứng viên',
    'hợp đồng', 'đối tác', 'đại lý', 'nhà phân phối', 'cửa hàng', 'chi nhánh', 'trang chủ', 'trang đích', 'landing page',
    'trang thanh toán',
    'trang bảng giá', 'trang sản phẩm', 'trang web', 'website', 'trang facebook', 'fanpage', 'kênh youtube', 'ứng dụng', 'app', 'tính năng',
    'phiên bản', 'api', 'dashboard', 'báo cáo', 'cơ sở dữ liệu', 'phần mềm', 'hệ thống crm', 'crm', 'dự án', 'story point',
    'độ phủ kiểm thử',
    'test coverage', 'pull request', 'giỏ hàng', 'đơn vị', 'sản lượng', 'số lượt', 'lượt', 'mã giảm giá', 'buổi', 'sự kiện', 'chiến dịch',
    'đăng ký', 'dùng thử', 'hồ sơ', 'kênh', 'tốc độ', 'mạng lưới',
    'hóa đơn', 'hội thảo', 'workshop', 'hội nghị', 'triển lãm', 'khóa đào tạo', 'chương trình', 'nhãn hiệu', 'bộ nhận diện', 'tài liệu',
    'lộ trình', 'chính sách', 'quy chế', 'hướng dẫn', 'bản thiết kế', 'mẫu', 'catalog', 'kho', 'kho hàng', 'máy chủ', 'server',
    'chatbot', 'cổng thanh toán', 'tin nhắn', 'cuộc gọi', 'cuộc hẹn', 'buổi demo', 'demo', 'báo giá', 'thu nhập', 'lương', 'giao dịch',
    'tỷ lệ', 'tỉ lệ', 'số lượng', 'số lượt', 'số người', 'điểm số', 'chỉ số', 'giá thành', 'giá bán', 'từ vựng', 'vòng gọi vốn',
    // Roles one hires: "Tuyển trưởng phòng marketing".
    'trưởng phòng', 'trưởng nhóm', 'giám đốc', 'quản lý', 'chuyên viên', 'thực tập sinh', 'cộng tác viên', 'kế toán', 'kỹ thuật viên',
    'trợ lý', 'tester', 'designer', 'developer', 'marketer', 'giáo viên', 'giảng viên', 'tư vấn viên', 'nhân sự', 'quy trình onboarding',
    'onboarding', 'điểm nps', 'tỷ lệ phản hồi', 'sprint',
  ]),
  broad: tones([
    'doanh nghiệp', 'công ty', 'kinh doanh', 'quy mô kinh doanh', 'quy mô', 'nhận diện thương hiệu', 'nhận biết thương hiệu',
    'độ nhận diện',
    'mức độ nhận diện', 'thương hiệu', 'hình ảnh thương hiệu', 'hình ảnh', 'uy tín', 'danh tiếng', 'tương tác', 'mức độ tương tác',
    'sự tương tác', 'gắn kết', 'mức độ gắn kết', 'sự gắn kết', 'tăng trưởng', 'hiệu suất', 'hiệu quả', 'năng suất', 'chất lượng',
    'trải nghiệm', 'trải nghiệm khách hàng', 'trải nghiệm người dùng', 'ux', 'sự hài lòng', 'mức độ hài lòng', 'hài lòng',
    'lòng trung thành',
    'sự trung thành', 'niềm tin', 'văn hóa', 'văn hóa công ty', 'tinh thần', 'tinh thần đội ngũ', 'đội ngũ', 'đội', 'nhóm', 'làm việc nhóm',
    'hợp tác', 'giao tiếp', 'quy trình', 'vận hành', 'sản phẩm', 'dịch vụ', 'chất lượng dịch vụ', 'kết quả', 'kết quả kinh doanh',
    'thành công',
    'đổi mới', 'sáng tạo', 'sức khỏe', 'lành mạnh', 'khỏe mạnh', 'cuộc sống', 'công việc', 'làm việc', 'thế giới', 'khách hàng',
    'marketing',
    'tiếp thị', 'chiến lược', 'vị thế', 'giá trị', 'sự hiện diện', 'độ phủ', 'tầm ảnh hưởng', 'ảnh hưởng', 'khả năng', 'kỹ năng',
    'tài chính',
    'tiền bạc', 'tiền', 'nơi làm việc', 'môi trường làm việc', 'phát triển', 'nhận thức', 'năng lực', 'hoạt động', 'thị trường',
    'mua sắm', 'bán hàng', 'mọi người', 'mọi thứ', 'người', 'tổ chức', 'mảng', 'lĩnh vực', 'vị trí', 'sự nghiệp', 'bản thân', 'tình hình',
    'đối thủ', 'cạnh tranh', 'năng lực cạnh tranh', 'sức cạnh tranh', 'doanh nghiệp của chúng tôi', 'ngành', 'tầm nhìn',
    'thương hiệu cá nhân', 'sức mạnh thương hiệu',
    'giá trị thương hiệu', 'động lực', 'sự chuyên nghiệp', 'kỹ năng mềm', 'kiến thức', 'trình độ', 'chuyên môn', 'mối quan hệ',
    'quan hệ khách hàng', 'tài chính cá nhân', 'cân bằng', 'hạnh phúc', 'niềm vui', 'thói quen', 'lối sống', 'vóc dáng', 'hiệu năng',
    'tệp khách hàng', 'tập khách hàng',
  ]),
  fillers: [
    'các', 'những', 'cái', 'này', 'đó', 'ấy', 'kia', 'chúng tôi', 'chúng ta', 'tôi', 'mình', 'bạn', 'họ', 'rất', 'thật', 'thực sự',
    'toàn bộ', 'tất cả', 'mọi', 'một', 'một số', 'và', 'hoặc', 'hay', 'lên', 'xuống', 'ra', 'về', 'thêm', 'nữa', 'hơn', 'mức', 'mức độ',
    'sự',
    'việc', 'cá nhân', 'chung', 'tổng', 'nhiều', 'mới', 'nhất', 'được', 'là', 'để', 'có', 'nơi', 'đều', 'luôn', 'càng', 'trở nên',
  ],
  scope: [
    'trong', 'trên', 'tại', 'ở', 'cho', 'với', 'giữa', 'qua', 'từ', 'thuộc', 'trong số', 'đối với', 'dành cho', 'của', 'sang',
    'ở khu vực', 'khu vực',
  ],
  methodPatterns: [
    '(?<![\\p{L}])(?:nhờ(?:\\s+vào)?|bằng\\s+cách|bằng\\s+việc|thông\\s+qua|qua\\s+việc|với\\s+việc|nhờ\\s+việc|dựa\\s+(?:trên|vào)|sử\\s+dụng|áp\\s+dụng)(?![\\p{L}])',
  ],
  fromToPatterns: [
    '(?<![\\p{L}])từ\\s+(?:mức\\s+)?(?<from>\\S+(?:\\s\\S+)?)\\s+(?:lên|xuống|đến|tới|thành|còn)(?:\\s+(?:mức|còn|tới|đến|dưới|trên))?\\s+(?<to>\\S+(?:\\s\\S+)?)',
  ],
  targetTo: [
    '(?<![\\p{L}])(?:lên\\s+gấp|gấp|về\\s+mức|về\\s+dưới|về|lên|lên\\s+mức|lên\\s+tới|lên\\s+đến|lên\\s+thành|xuống|xuống\\s+còn|xuống\\s+mức|xuống\\s+dưới|còn|đạt|đạt\\s+mức|đạt\\s+được|tới|đến|dưới|trên|ít\\s+nhất|tối\\s+thiểu|tối\\s+đa|không\\s+quá|không\\s+dưới|không\\s+vượt\\s+quá|vượt|vượt\\s+mốc|chạm\\s+mốc|mốc|ở\\s+mức|là)',
  ],
  targetBy: ['(?<![\\p{L}])(?:thêm|thêm\\s+ít\\s+nhất|thêm\\s+khoảng|thêm\\s+tối\\s+thiểu|tăng|tăng\\s+thêm|giảm|giảm\\s+thêm|giảm\\s+bớt|bớt|cắt\\s+giảm|nhiều\\s+hơn)'],
  numberWords: NUMBER_WORDS,
  multipliers: { 'gấp đôi': 2, 'gấp ba': 3, 'gấp bốn': 4, 'gấp năm': 5, 'gấp mười': 10, 'gấp rưỡi': 1.5, 'nhân đôi': 2, 'nhân ba': 3, 'một nửa': 0.5 },
  scales: { nghìn: 1e3, ngàn: 1e3, k: 1e3, K: 1e3, triệu: 1e6, tr: 1e6, tỷ: 1e9, tỉ: 1e9, 'nghìn tỷ': 1e12 },
  // No bare "đ" ("50.000đ"): the engine does not check a word boundary after a currency, so
  // "10 điểm", "2 đại lý", "3 đơn hàng" would read as amounts of money.
  currencies: ['đồng', 'VNĐ', 'VND', 'vnđ', 'vnd', '$', 'USD', 'usd', '€', 'EUR'],
  timeTriggers: [
    'tháng', 'quý', 'quí', 'năm', 'tuần', 'ngày', 'hôm', 'nay', 'mai', 'tết', 'noel', 'giáng sinh', 'black friday', 'mùa', 'q1', 'q2', 'q3',
    'q4', 'h1', 'h2', 'fy', 'thứ', 'chủ nhật', 'sprint', 'tối', 'khai giảng', 'tựu trường', 'lễ', 'mỗi', 'hằng', 'hàng', 'từng', 'sáng',
    'buổi', 'kỳ', 'dịp', 'đợt',
  ],
  quantities: [
    {
      // gấp đôi / gấp ba (lần) / gấp 3 lần / gấp rưỡi / nhân đôi / x2
      pattern: `(?<![\\p{L}\\p{N}])(?:gấp\\s+(?:(?<w>đôi|rưỡi|${wordsRe(['ba', 'bốn', 'năm', 'sáu', 'mười', 'hai'])})|(?<d>\\d+(?:[.,]\\d+)?))(?:\\s+lần)?|nhân\\s+(?<w2>đôi|ba|bốn)|x\\s?(?<d2>\\d{1,2}))(?![\\p{L}\\p{N}])`,
      parse: (g) => {
        const words: Record<string, number> = { đôi: 2, rưỡi: 1.5, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, mười: 10 };
        const raw = g.d ?? g.d2;
        const v = raw ? Number(raw.replace(',', '.')) : (words[(g.w ?? g.w2 ?? '').toLowerCase()] ?? 0);
        return v ? { value: v, unit: 'multiplier', relative: true } : null;
      },
    },
    {
      // "một nửa" / "giảm một nửa": half. Not "nửa năm" (a time span, matched by the time rules).
      pattern: '(?<![\\p{L}\\p{N}])(?:một\\s+)?nửa(?!\\s+(?:năm|tháng|tuần|ngày|quý|quí|đầu|cuối|sau|giờ))(?![\\p{L}\\p{N}])',
      parse: () => ({ value: 0.5, unit: 'multiplier', relative: true }),
    },
    {
      // Number words before a count noun: "ba bài viết", "hai kỹ sư", "mười khách hàng".
      pattern: `(?<![\\p{L}\\p{N}])(?<w>${wordsRe(Object.keys(NUMBER_WORDS))})(?=\\s+(?:${wordsRe(COUNT_NOUNS)})(?![\\p{L}]))`,
      parse: (g) => {
        const v = NUMBER_WORDS[(g.w ?? '').toLowerCase().replace(/\s+/g, ' ')];
        return v ? { value: v, unit: 'count', relative: false } : null;
      },
    },
    {
      // A score after a test or index name: "IELTS 7.0", "NPS 45" (the digit rule takes an all-caps
      // word before a number for a product name, "iOS 18").
      pattern: '(?<=(?:ielts|toeic|toefl|sat|gpa|nps|csat|ces|jlpt|hsk|band|điểm)\\s)\\d{1,3}(?:[.,]\\d{1,2})?(?![\\p{N}.,]\\d)',
      parse: (_g, t) => ({ value: Number(t.replace(',', '.')), unit: 'count', relative: false }),
    },
    {
      // Rank: top 3, top 10, hạng nhất, vị trí số 1.
      pattern: '(?<![\\p{L}\\p{N}])(?:top\\s?(?<n>\\d{1,3})|(?:vị\\s+trí|hạng)\\s+(?:số\\s+)?(?<r>1|một|nhất|đầu))(?![\\p{L}\\p{N}])',
      parse: (g) => ({ value: g.n ? Number(g.n) : 1, unit: 'rank', relative: false }),
    },
  ],
  time: [
    // 2027-03-31
    { needs: '\\d-\\d', pattern: `${PREP}(?:ngày\\s+)?(?<y>20\\d{2})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?!\\d)`, resolve: (g) => fullDate(Number(g.y), Number(g.m), Number(g.d)) },
    {
      // 31/3, 31/03/2027, ngày 15/8 — day first.
      needs: '\\d/\\d',
      pattern: `${PREP}(?:ngày\\s+)?(?<![\\d/])(?<d>\\d{1,2})/(?<m>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?(?![\\d/])`,
      resolve: (g, t) => (g.y ? fullDate(year(g.y)!, Number(g.m), Number(g.d)) : monthDay(t, Number(g.m), Number(g.d))),
    },
    {
      // ngày 31-3-2027, 31.3.2027 (a full year is required: "2-3 tuần", "1.5 lần" are no dates).
      needs: '\\d[-.]\\d',
      pattern: `${PREP}(?:ngày\\s+)?(?<![\\d.,-])(?<d>\\d{1,2})[-.](?<m>\\d{1,2})[-.](?<y>20\\d{2})(?!\\d)`,
      resolve: (g) => fullDate(Number(g.y), Number(g.m), Number(g.d)),
    },
    {
      // 06/2027, tháng 6/2027: a month of a year.
      needs: '\\d/20\\d\\d',
      pattern: `${PREP}${END}(?<![\\d/])(?<m>0?[1-9]|1[0-2])/(?<y>20\\d{2})(?![\\d/])`,
      resolve: (g, t) => (Number(g.y) < t.year ? PAST : { ...endOfNamedMonth(t, Number(g.m), Number(g.y)), months: 1 }),
    },
    {
      // ngày 31 tháng 3 (năm 2027)
      needs: 'ngày',
      pattern: `${PREP}ngày\\s+(?<d>\\d{1,2})\\s+tháng\\s+(?<m>\\d{1,2})(?!\\d)(?:\\s*(?:,\\s*)?(?:năm\\s+|/\\s*)?(?<y>20\\d{2}))?(?!\\d)`,
      resolve: (g, t) => (g.y ? fullDate(Number(g.y), Number(g.m), Number(g.d)) : monthDay(t, Number(g.m), Number(g.d))),
    },
    {
      // tháng 6, trước tháng 12, đến hết tháng 10, tháng 3/2027, tháng 3 năm 2027
      needs: 'tháng',
      pattern: `${PREP}${END}tháng\\s+(?<m>1[0-2]|0?[1-9])(?![\\d.,]\\d|\\d|\\s*%)(?:\\s*(?:năm\\s+|/\\s*|-\\s*)(?<y>20\\d{2}))?(?!\\d)`,
      resolve: (g, t) => {
        const y = year(g.y);
        if (y && y < t.year) return PAST;
        return { ...endOfNamedMonth(t, Number(g.m), y), months: 1 };
      },
    },
    {
      // trước tháng Ba, vào tháng Mười Hai: word months need a preposition ("mỗi tháng hai lần").
      needs: 'tháng',
      pattern: `(?:trước|đến|tới|vào|trong|hết|cuối|đầu|giữa)\\s+(?:${END})tháng\\s+(?<mw>${wordsRe(Object.keys(MONTH_WORDS))})(?![\\p{L}\\p{N}])(?!\\s+(?:lần|tháng|năm|ngày|tuần|người))`,
      resolve: (g, t) => ({ ...endOfNamedMonth(t, MONTH_WORDS[(g.mw ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 12), months: 1 }),
    },
    {
      // tháng 8 vừa rồi, quý 1 vừa qua, năm 2025 trước: a named period marked as past.
      needs: 'vừa|trước|qua|rồi|ngoái',
      pattern: `(?:(?:ngày\\s+)?\\d{1,2}/\\d{1,2}|tháng\\s+(?:1[0-2]|0?[1-9])|${QNUM.replace(/\?<\w+>/g, '?:')})\\s+(?:vừa\\s+rồi|vừa\\s+qua|năm\\s+ngoái|năm\\s+trước|trước|rồi|qua)(?![\\p{L}])`,
      resolve: (_g) => PAST,
    },
    {
      // quý 3, Q3, quý III, cuối quý 2, quý 3/2027, quý 3 năm 2027
      needs: 'quý|quí|q[1-4]',
      pattern: `${PREP}${END}${QNUM}(?:\\s*(?:năm\\s+|/\\s*|-\\s*)?(?<y>20\\d{2}))?(?!\\d)`,
      resolve: (g, t) => quarter(t, qnum(g), year(g.y)),
    },
    {
      // nửa đầu năm, 6 tháng đầu năm, nửa cuối năm 2027, H1, H2 2027
      needs: 'nửa|tháng|h[12]|bán niên',
      pattern: `${PREP}(?:(?:nửa|6\\s+tháng|sáu\\s+tháng|bán\\s+niên)\\s+(?<hw>đầu|cuối|sau|thứ\\s+nhất|thứ\\s+hai)(?:\\s+(?:của\\s+)?năm(?:\\s+(?:nay|tài\\s+chính))?|(?=\\s+20\\d{2}))|h(?<h>[12])${NOT_AFTER})(?:\\s*(?:năm\\s+|/\\s*)?(?<y>20\\d{2}))?(?!\\d)`,
      resolve: (g, t) => half(t, g.h ? Number(g.h) : /đầu|nhất/iu.test(g.hw ?? '') ? 1 : 2, year(g.y)),
    },
    {
      // năm tài chính 2027, năm tài khóa 2027, FY2027, FY27
      needs: 'tài chính|tài khóa|tài khoá|fy',
      pattern: `${PREP}${END}(?:năm\\s+tài\\s+(?:chính|khóa|khoá)|fy)\\s?'?(?<y>20\\d{2}|\\d{2})${NOT_AFTER}`,
      resolve: (g) => wholeYear(year(g.y)!),
    },
    {
      // năm 2027, vào năm 2027, cuối năm 2027, trước 2027; a past year is history.
      needs: '20\\d\\d',
      pattern: `(?:${PREP}${END}năm\\s+|(?:trước|đến|tới|vào|trong|hết|cuối|đầu|giữa)\\s+)(?<y>20\\d{2})(?![\\d%\\p{L}]|[.,]\\d)`,
      resolve: (g, t) => (Number(g.y) < t.year ? PAST : { ...wholeYear(Number(g.y)), kind: 'deadline' }),
    },
    {
      // cuối năm, hết năm, năm nay, trong năm nay, cả năm
      needs: 'năm',
      pattern: `${PREP}(?:(?:cuối|hết)\\s+năm(?:\\s+nay)?|năm\\s+nay|cả\\s+năm(?:\\s+nay)?|trong\\s+năm(?!\\s+(?:tới|sau|ngoái|trước|qua|\\d)))${NOT_AFTER}`,
      resolve: (_g, t) => endOfYear(t),
    },
    {
      // năm sau, năm tới, sang năm, trong năm tới, cuối năm sau
      needs: 'năm',
      pattern: `${PREP}${END}${NOT_PLURAL}(?:năm\\s+(?:sau|tới|kế\\s+tiếp|tiếp\\s+theo)|sang\\s+năm)${NOT_AFTER}`,
      resolve: (_g, t) => endOfYear(t, 1),
    },
    {
      // quý này, cuối quý, hết quý (này), trong quý
      needs: 'quý|quí',
      pattern: `${PREP}(?:(?:cuối|hết|giữa)\\s+${QUY}(?:\\s+(?:này|hiện\\s+tại))?|${QUY}\\s+(?:này|hiện\\s+tại|nay)|trong\\s+${QUY}(?=\\s*[,.;]|\\s*$))${NOT_AFTER}`,
      resolve: (_g, t) => thisQuarter(t),
    },
    {
      // quý tới, quý sau, quý kế tiếp, đầu quý sau
      needs: 'quý|quí',
      pattern: `${PREP}${END}${NOT_PLURAL}${QUY}\\s+(?:tới|sau|kế\\s+tiếp|tiếp\\s+theo)${NOT_AFTER}`,
      resolve: (_g, t) => thisQuarter(t, 1),
    },
    {
      // tháng này, cuối tháng (này), hết tháng
      needs: 'tháng',
      pattern: `${PREP}(?:(?:cuối|hết|giữa)\\s+tháng(?:\\s+(?:này|hiện\\s+tại))?|tháng\\s+(?:này|hiện\\s+tại|nay)|trong\\s+tháng(?=\\s*[,.;]|\\s*$))${NOT_AFTER}(?!\\s+\\d)`,
      resolve: (_g, t) => thisMonth(t),
    },
    {
      // tháng sau, tháng tới, đầu tháng sau
      needs: 'tháng',
      pattern: `${PREP}${END}${NOT_PLURAL}tháng\\s+(?:sau|tới|kế\\s+tiếp|tiếp\\s+theo)${NOT_AFTER}`,
      resolve: (_g, t) => thisMonth(t, 1),
    },
    {
      // tuần này, cuối tuần (này), trong tuần
      needs: 'tuần',
      pattern: `${PREP}(?:(?:cuối|hết)\\s+tuần(?:\\s+này)?|tuần\\s+này|trong\\s+tuần(?=\\s*[,.;]|\\s*$))${NOT_AFTER}`,
      resolve: (_g, t) => thisWeek(t),
    },
    { needs: 'tuần', pattern: `${PREP}${END}${NOT_PLURAL}tuần\\s+(?:sau|tới|kế\\s+tiếp|tiếp\\s+theo)${NOT_AFTER}`, resolve: (_g, t) => thisWeek(t, 1) },
    {
      // trong 6 tháng (tới), trong vòng hai năm tới, sau 3 tuần
      needs: 'ngày|tuần|tháng|quý|quí|năm',
      pattern: `(?:trong\\s+vòng|trong\\s+khoảng|trong|sau\\s+khoảng|sau|suốt|chỉ\\s+trong)\\s+(?:${NUM}|(?<half>nửa))\\s+${UNIT}(?:\\s+(?:tới|sắp\\s+tới|tiếp\\s+theo|kế\\s+tiếp|nữa))?${NOT_AFTER}(?!\\s+(?:qua|vừa|gần\\s+đây|trước|đầu|cuối))`,
      resolve: (g, t) => (g.half ? within(t, unit(g.unit) === 'year' ? 6 : 2, unit(g.unit) === 'year' ? 'month' : 'week') : within(t, num(g.n), unit(g.unit))),
    },
    {
      // 2 tuần nữa (in two weeks)
      needs: 'nữa',
      pattern: `(?:trong\\s+(?:vòng\\s+)?)?${NUM}\\s+${UNIT}\\s+nữa${NOT_AFTER}`,
      resolve: (g, t) => within(t, num(g.n), unit(g.unit)),
    },
    {
      // trong 30 ngày đầu, trong tháng đầu tiên (of a launch, a hire)
      needs: 'đầu',
      pattern: `trong\\s+(?:${NUM}\\s+)?${UNIT}\\s+đầu(?:\\s+tiên)?${NOT_AFTER}(?!\\s+(?:năm|của))`,
      resolve: (g, t) => within(t, g.n ? num(g.n) : 1, unit(g.unit)),
    },
    {
      // 3 tháng tới, hai tuần tiếp theo (no preposition)
      needs: 'ngày|tuần|tháng|quý|quí|năm',
      pattern: `${NUM}\\s+${UNIT}\\s+(?:tới|sắp\\s+tới|tiếp\\s+theo|kế\\s+tiếp)${NOT_AFTER}`,
      resolve: (g, t) => within(t, num(g.n), unit(g.unit)),
    },
    {
      // trước thứ Sáu, vào thứ 2 tuần sau, trước chủ nhật
      needs: 'thứ|chủ nhật',
      pattern: `(?:trước|vào|đến|tới|hết|trong|chậm\\s+nhất|muộn\\s+nhất|sáng|chiều|tối|hạn\\s+chót)\\s+(?:ngày\\s+)?(?:thứ\\s+(?<dw>hai|ba|tư|năm|sáu|bảy|[2-7])|(?<cn>chủ\\s+nhật))(?![\\p{L}\\p{N}])(?:\\s+(?:tuần\\s+)?(?<nx>này|sau|tới))?${NOT_AFTER}`,
      resolve: (g, t) => {
        const d = g.cn ? 7 : (DOW[(g.dw ?? '').toLowerCase()] ?? 1);
        return g.nx && /sau|tới/iu.test(g.nx) ? weekdayNextWeek(t, d) : nextWeekday(t, d);
      },
    },
    {
      // sprint này, sprint tới, cuối sprint 24: a sprint's dates live in the team's tracker.
      needs: 'sprint',
      pattern: `${PREP}${END}sprint\\s+(?:\\d{1,4}|này|tới|sau|hiện\\s+tại|kế\\s+tiếp|tiếp\\s+theo)${NOT_AFTER}`,
      resolve: () => ({ kind: 'deadline', months: 0.5 }),
    },
    {
      needs: 'hôm nay|ngày mai|cuối ngày|tối nay|trong ngày',
      pattern: `${PREP}(?<x>hôm\\s+nay|trong\\s+ngày\\s+hôm\\s+nay|cuối\\s+ngày(?:\\s+hôm\\s+nay)?|tối\\s+nay|ngày\\s+mai|sáng\\s+mai|chiều\\s+mai|trong\\s+ngày(?=\\s*[,.;]|\\s*$))${NOT_AFTER}`,
      resolve: (g, t) => dueDate(/mai/iu.test(g.x ?? '') ? addDays(t, 1) : t, 1 / 30),
    },
    {
      // trước Tết, trước Giáng sinh, trước mùa mua sắm cuối năm, trước mùa hè
      needs: 'tết|giáng sinh|noel|black friday|mùa|11/11|12/12|30/4|khai giảng|tựu trường|năm học',
      pattern: `(?:trước|đến|tới|vào|trong|dịp|cho|kịp|trước\\s+dịp|vào\\s+dịp|trong\\s+dịp|kịp\\s+dịp)\\s+(?:(?:kỳ|đợt)\\s+nghỉ\\s+)?(?<x>tết(?:\\s+(?:nguyên\\s+đán|âm\\s+lịch|dương\\s+lịch))?|giáng\\s+sinh|noel|black\\s+friday|mùa\\s+(?:lễ\\s+hội|mua\\s+sắm|cao\\s+điểm)(?:\\s+cuối\\s+năm)?|mùa\\s+(?:hè|thu|đông|xuân)|lễ\\s+30/4|ngày\\s+(?:11/11|12/12)|11/11|12/12|khai\\s+giảng|mùa\\s+tựu\\s+trường|năm\\s+học\\s+mới)${NOT_AFTER}`,
      resolve: (g, t) => (HOLIDAYS.find(([re]) => re.test(g.x ?? ''))?.[1] ?? ((x: CivilDate) => nextDay(x, 12, 31)))(t),
    },
    // Cadences.
    {
      needs: 'hằng|hàng|mỗi|từng|ngày|/',
      pattern: `(?:(?:trong|sau)\\s+)?(?:${EVERY}\\s+(?:ngày|sáng|tối|đêm|buổi\\s+sáng|buổi\\s+tối)|ngày\\s+nào\\s+cũng|/\\s?ngày)${NOT_AFTER}`,
      resolve: () => cadence('P1D'),
    },
    {
      needs: 'tuần',
      pattern: `(?:(?:trong|sau)\\s+)?(?:${EVERY}\\s+tuần|tuần\\s+nào\\s+cũng|theo\\s+tuần|/\\s?tuần|(?:một|1)\\s+tuần\\s+(?:một|1)\\s+lần)${NOT_AFTER}(?!\\s+(?:qua|trước))`,
      resolve: () => cadence('P1W'),
    },
    {
      // mỗi thứ Hai, các ngày thứ Sáu, thứ Hai hằng tuần
      needs: 'thứ|chủ nhật',
      pattern: `(?:mỗi|hằng|các|vào\\s+các|vào\\s+mỗi)\\s+(?:ngày\\s+)?(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)${NOT_AFTER}`,
      resolve: () => cadence('P1W'),
    },
    {
      needs: 'tuần|sprint',
      pattern: `(?:(?:trong|sau)\\s+)?(?:(?:mỗi|cứ)\\s+(?:hai|2)\\s+tuần(?:\\s+(?:một|1)\\s+lần)?|(?:hai|2)\\s+tuần\\s+(?:một|1)\\s+lần|${EVERY}\\s+sprint|theo\\s+sprint)${NOT_AFTER}`,
      resolve: () => cadence('P2W'),
    },
    {
      needs: 'tháng',
      pattern: `(?:(?:trong|sau)\\s+)?(?:${EVERY}\\s+tháng|tháng\\s+nào\\s+cũng|theo\\s+tháng|/\\s?tháng|tháng\\s+(?:sau|này)\\s+so\\s+với\\s+tháng\\s+trước)${NOT_AFTER}(?!\\s+(?:qua|trước))`,
      resolve: () => cadence('P1M'),
    },
    {
      needs: 'quý|quí',
      pattern: `(?:(?:trong|sau)\\s+)?(?:${EVERY}\\s+${QUY}|theo\\s+${QUY}|/\\s?${QUY})${NOT_AFTER}`,
      resolve: () => cadence('P3M'),
    },
    {
      needs: 'năm',
      pattern: `(?:(?:trong|sau)\\s+)?(?:${EVERY}\\s+năm|năm\\s+nào\\s+cũng|theo\\s+năm|/\\s?năm)${NOT_AFTER}`,
      resolve: () => cadence('P1Y'),
    },
    {
      needs: 'nửa năm|6 tháng|sáu tháng',
      pattern: `${EVERY}\\s+(?:nửa\\s+năm|6\\s+tháng|sáu\\s+tháng)|(?:6|sáu)\\s+tháng\\s+(?:một|1)\\s+lần`,
      resolve: () => ({ ...cadence('P1Y'), every: 'P6M', months: 6 }),
    },
    // Past.
    {
      // năm ngoái, quý trước, tháng vừa rồi, tuần qua
      needs: 'ngoái|trước|qua|rồi',
      pattern: `(?:(?:trong|vào|so\\s+với|hồi|từ)\\s+)?(?:cuối\\s+|đầu\\s+)?(?<unit>năm|${QUY}|tháng|tuần)\\s+(?:ngoái|trước|vừa\\s+rồi|vừa\\s+qua|qua|rồi)(?!\\s+(?:khi|ngày|thứ|tháng|quý|quí|năm|\\d))${NOT_AFTER}`,
      resolve: (g) => pastFrame(MONTHS_OF[unit(g.unit)]),
    },
    {
      // trong 6 tháng qua, nửa năm qua, 3 tuần gần đây
      needs: 'qua|gần đây|gần nhất|vừa rồi|trước đó',
      pattern: `(?:(?:trong|suốt)\\s+)?(?:${NUM}|(?<half>nửa))\\s+${UNIT}\\s+(?:qua|vừa\\s+qua|gần\\s+đây|gần\\s+nhất|trước\\s+đó|vừa\\s+rồi)${NOT_AFTER}`,
      resolve: (g) => pastFrame((g.half ? 0.5 : num(g.n)) * MONTHS_OF[unit(g.unit)]),
    },
    {
      // 3 tháng trước (= ago); not "3 tháng trước khi …"
      needs: 'trước',
      pattern: `${NUM}\\s+${UNIT}\\s+trước(?!\\s+(?:khi|ngày|thứ|tháng|quý|quí|năm|cuối|hạn|tết|\\d))${NOT_AFTER}`,
      resolve: () => PAST,
    },
    { needs: 'hôm|qua|đầu năm', pattern: `hôm\\s+(?:qua|kia|trước)|tối\\s+qua|đêm\\s+qua|từ\\s+đầu\\s+năm(?:\\s+(?:đến|tới)\\s+nay)?${NOT_AFTER}`, resolve: () => PAST },
  ],
  rewrite: {
    defaultVerb: 'Tăng',
    hints: {
      metric: 'chỉ số nào, ví dụ: lượt đăng ký dùng thử từ tìm kiếm tự nhiên',
      baseline: 'mức hiện tại, ví dụ: 2,3%',
      target: 'mục tiêu, ví dụ: 5% hoặc +15%',
      deadline: 'hạn chót, ví dụ: 31/03/2027 hoặc cuối quý 3',
    },
    specific: (m) => [text(': '), m],
    measurable: (b, t) => [text(' từ '), b, text(' lên '), t],
    deadline: (d) => [text(' trước '), d],
    deadlineFirst: false,
    keyResult: (n, p) => [text(`KR${n}: Tăng `), p.metric, text(' từ '), p.baseline, text(' lên '), p.target, text(' trước '), p.deadline],
    capitalize: true,
  },
};
