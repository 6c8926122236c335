import type { Criterion, Lang } from '../analysis/schema';
import type { AchievableReason } from './achievable';
import type { Cadence } from './goal';

/**
 * The words `sentence.ts` writes, per language. Each language builds the canonical shape
 * (verb + metric (+ scope) + from baseline + to target + by deadline (+ via method)) in its own
 * natural order:
 * - en, vi: verb first ("Increase … from … to … by … through …").
 * - zh: time and method first, then 将 + object + verb ("在…前，通过…，将…从…提升到…").
 * - ru: the metric first, then a colon ("Конверсия: увеличить с … до … к … за счёт …"). The metric is
 *   typed in the nominative, and a verb before it would need the accusative, which free text cannot be
 *   inflected into reliably. The method follows «за счёт», so it reads best typed in the genitive.
 * Scope follows the metric in en, ru, vi ("on iOS", "на iOS", "trên iOS") and precedes it in zh, as an
 * attributive (移动端 + 转化率).
 */

export type Direction = 'increase' | 'reduce' | 'reach' | 'maintain' | 'improve';

/** Everything a sentence needs, numbers already formatted, texts trimmed; empty parts are '' or null. */
export interface SentenceParts {
  direction: Direction;
  metric: string;
  scope: string;
  /** The target is a change in percent (`by`), not a level. */
  relative: boolean;
  /** The size of a relative change, unsigned: "25%". */
  by: string | null;
  /** Baseline. */
  from: string | null;
  /** The level to reach (for a relative change: the level it leads to, when the baseline is known). */
  to: string | null;
  /** Counts read "reach 35,000 visitors" rather than "bring … to …". */
  count: boolean;
  /** Formatted deadline. */
  date: string | null;
  cadence: Cadence | null;
  method: string;
}

export interface Phrasebook {
  sentence(p: SentenceParts): string;
  letters: Record<Criterion, string>;
  /** Between a label and its text. */
  colon: string;
  /** Between items on one line. */
  separator: string;
  notSet: string;
  owner: string;
  method: string;
  fromTo(from: string, to: string): string;
  targetOnly(to: string): string;
  baselineOnly(from: string): string;
  /** "+25%" then the levels when known. */
  relative(signed: string, from: string | null, to: string | null): string;
  deadline(date: string): string;
  reviewed(c: Cadence): string;
  every(c: Cadence): string;
  parentOnly: string;
  /** "per month", "per quarter", "per 2 months". */
  per(periodMonths: number): string;
  comparison(required: string, recent: string, per: string, ratio: string | null): string;
  reasons: Record<AchievableReason, string>;
  why: { title: string; hunger: string; anchor: string; broadGoal: string };
  dumb: { dream: string; uplifting: string; method: string; behavior: string };
}

/** Words joined by spaces, empty ones left out. */
const join = (...parts: (string | null | undefined)[]) =>
  parts.filter((p): p is string => !!p).join(' ');

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Common period lengths by name; anything else is "n months". */
function periodName(months: number): 'week' | 'month' | 'quarter' | 'year' | null {
  if (Math.abs(months - 12 / 52) < 0.01 || months === 0.25) return 'week';
  if (months === 1) return 'month';
  if (months === 3) return 'quarter';
  if (months === 12) return 'year';
  return null;
}

const en: Phrasebook = {
  sentence(p) {
    const subject = join(p.metric, p.scope);
    const ranged = (verb: string) =>
      p.relative
        ? join(verb, subject, `by ${p.by}`, p.from !== null ? `(from ${p.from} to ${p.to})` : '')
        : join(verb, subject, `from ${p.from} to ${p.to}`);
    const core = {
      increase: () => ranged('increase'),
      reduce: () => ranged('reduce'),
      reach: () => (p.count ? join('reach', p.to, subject) : join('bring', subject, `to ${p.to}`)),
      maintain: () => join('keep', subject, p.to !== null ? `at ${p.to}` : 'steady'),
      improve: () => join('improve', subject, p.from !== null ? `(now ${p.from})` : ''),
    }[p.direction]();
    const every = { weekly: 'each week', monthly: 'each month', quarterly: 'each quarter' };
    const over = {
      weekly: 'week over week',
      monthly: 'month over month',
      quarterly: 'quarter over quarter',
    };
    const time = p.date ? `by ${p.date}` : p.cadence ? (p.relative ? over : every)[p.cadence] : '';
    let s = join(core, time, p.method && `through ${p.method}`);
    if (p.date && p.cadence) s += `, ${en.reviewed(p.cadence)}`;
    return `${capitalize(s)}.`;
  },
  letters: { S: 'Specific', M: 'Measurable', A: 'Achievable', R: 'Relevant', T: 'Time-bound' },
  colon: ': ',
  separator: '; ',
  notSet: 'not set',
  owner: 'owner',
  method: 'method',
  fromTo: (from, to) => `from ${from} to ${to}`,
  targetOnly: (to) => `target ${to}`,
  baselineOnly: (from) => `now ${from}, no target yet`,
  relative: (signed, from, to) => join(signed, from !== null ? `(from ${from} to ${to})` : ''),
  deadline: (date) => `by ${date}`,
  reviewed: (c) => `reviewed ${c}`,
  every: (c) => ({ weekly: 'every week', monthly: 'every month', quarterly: 'every quarter' })[c],
  parentOnly: 'serves a parent goal',
  per(m) {
    const name = periodName(m);
    return name ? `per ${name}` : `per ${m} months`;
  },
  comparison: (required, recent, per, ratio) =>
    `needs ${required} ${per}, recently ${recent} ${per}${ratio ? ` (${ratio}×)` : ''}`,
  reasons: {
    'achievable.within-reach': 'within reach',
    'achievable.too-ambitious': 'too ambitious: more than twice the recent rate',
    'achievable.against-trend': 'goes against the recent trend',
    'achievable.missing-target': 'set a target to check it',
    'achievable.missing-baseline': 'add the current value to check it',
    'achievable.unsupported-baseline': 'cannot be checked from this baseline',
    'achievable.missing-time-frame': 'add a future deadline to check it',
    'achievable.missing-recent-rate': 'add the recent rate to compare',
    'achievable.invalid-recent-rate': 'the recent rate must be above -100%',
  },
  why: { title: 'Why', hunger: 'Hunger', anchor: 'Aspirational anchor', broadGoal: 'Goal' },
  dumb: {
    dream: 'Dream-driven',
    uplifting: 'Uplifting',
    method: 'Method-friendly',
    behavior: 'Behavior-triggering',
  },
};

const ZH_EVERY = { weekly: '每周', monthly: '每月', quarterly: '每季度' } as const;

const zh: Phrasebook = {
  sentence(p) {
    const subject = `${p.scope}${p.metric}`;
    const obj = (marker: string) => (subject ? `${marker}${subject}` : '');
    const ranged = (verb: string) =>
      p.relative
        ? `${obj('将')}${verb}${p.by}${p.from !== null ? `（从${p.from}到${p.to}）` : ''}`
        : `${obj('将')}从${p.from}${verb}到${p.to}`;
    const core = {
      increase: () => ranged('提升'),
      reduce: () => ranged('降低'),
      reach: () => `${obj('使')}达到${p.to}`,
      maintain: () => (p.to !== null ? `${obj('将')}保持在${p.to}` : `保持${subject}稳定`),
      improve: () => `改善${subject}${p.from !== null ? `（目前为${p.from}）` : ''}`,
    }[p.direction]();
    const prefix =
      (p.date ? `在${p.date}前，` : '') +
      (p.method ? `通过${p.method}，` : '') +
      (!p.date && p.cadence ? ZH_EVERY[p.cadence] : '');
    const suffix = p.date && p.cadence ? `，${zh.reviewed(p.cadence)}` : '';
    return `${prefix}${core}${suffix}。`;
  },
  letters: { S: '具体', M: '可衡量', A: '可实现', R: '相关', T: '有时限' },
  colon: '：',
  separator: '；',
  notSet: '未填写',
  owner: '负责人',
  method: '方法',
  fromTo: (from, to) => `从${from}到${to}`,
  targetOnly: (to) => `目标值${to}`,
  baselineOnly: (from) => `目前为${from}，尚未设定目标值`,
  relative: (signed, from, to) => `${signed}${from !== null ? `（从${from}到${to}）` : ''}`,
  deadline: (date) => `${date}前`,
  reviewed: (c) => `${ZH_EVERY[c]}跟踪进度`,
  every: (c) => ZH_EVERY[c],
  parentOnly: '服务于上级目标',
  per(m) {
    const name = periodName(m);
    return name
      ? { week: '每周', month: '每月', quarter: '每季度', year: '每年' }[name]
      : `每${m}个月`;
  },
  comparison: (required, recent, per, ratio) =>
    `需要${per}${required}，近期为${per}${recent}${ratio ? `（${ratio}倍）` : ''}`,
  reasons: {
    'achievable.within-reach': '可以实现',
    'achievable.too-ambitious': '过于激进：超过近期增速的两倍',
    'achievable.against-trend': '与近期趋势相反',
    'achievable.missing-target': '设定目标值后才能判断',
    'achievable.missing-baseline': '填写当前值后才能判断',
    'achievable.unsupported-baseline': '无法根据这个当前值判断',
    'achievable.missing-time-frame': '设定一个未来的截止日期后才能判断',
    'achievable.missing-recent-rate': '填写近期增速后即可比较',
    'achievable.invalid-recent-rate': '近期增速必须大于-100%',
  },
  why: { title: '为什么', hunger: '痛点', anchor: '理想图景', broadGoal: '目标' },
  dumb: { dream: '梦想驱动', uplifting: '鼓舞人心', method: '方法友好', behavior: '触发行为' },
};

const ru: Phrasebook = {
  sentence(p) {
    const head = join(p.metric, p.scope);
    // A target repeated every period is a process: imperfective verbs.
    const recurring = !p.date && p.cadence !== null;
    const verb = recurring
      ? {
          increase: 'увеличивать',
          reduce: 'снижать',
          reach: 'доводить',
          maintain: 'удерживать',
          improve: 'улучшать',
        }
      : {
          increase: 'увеличить',
          reduce: 'снизить',
          reach: 'довести',
          maintain: 'удерживать',
          improve: 'улучшить',
        };
    const v = verb[p.direction];
    const ranged = () =>
      p.relative
        ? join(v, `на ${p.by}`, p.from !== null ? `(с ${p.from} до ${p.to})` : '')
        : join(v, `с ${p.from} до ${p.to}`);
    const core = {
      increase: ranged,
      reduce: ranged,
      reach: () => join(v, `до ${p.to}`),
      maintain: () => join(v, p.to !== null ? `на уровне ${p.to}` : 'на текущем уровне'),
      improve: () => join(v, p.from !== null ? `(сейчас ${p.from})` : ''),
    }[p.direction]();
    const time = p.date ? `к ${p.date}` : p.cadence ? ru.every(p.cadence) : '';
    let body = join(core, time, p.method && `за счёт ${p.method}`);
    if (p.date && p.cadence) body += `, ${ru.reviewed(p.cadence)}`;
    const s = head ? `${capitalize(head)}: ${body}` : capitalize(body);
    return s.endsWith('.') ? s : `${s}.`;
  },
  letters: {
    S: 'Конкретная',
    M: 'Измеримая',
    A: 'Достижимая',
    R: 'Значимая',
    T: 'Ограниченная во времени',
  },
  colon: ': ',
  separator: '; ',
  notSet: 'не указано',
  owner: 'ответственный',
  method: 'способ',
  fromTo: (from, to) => `с ${from} до ${to}`,
  targetOnly: (to) => `целевое значение ${to}`,
  baselineOnly: (from) => `сейчас ${from}, целевое значение не задано`,
  relative: (signed, from, to) => join(signed, from !== null ? `(с ${from} до ${to})` : ''),
  deadline: (date) => `к ${date}`,
  reviewed: (c) =>
    `с ${{ weekly: 'еженедельной', monthly: 'ежемесячной', quarterly: 'ежеквартальной' }[c]} проверкой`,
  every: (c) => ({ weekly: 'еженедельно', monthly: 'ежемесячно', quarterly: 'ежеквартально' })[c],
  parentOnly: 'поддерживает вышестоящую цель',
  per(m) {
    const name = periodName(m);
    return name
      ? { week: 'в неделю', month: 'в месяц', quarter: 'в квартал', year: 'в год' }[name]
      : `за ${String(m).replace('.', ',')} мес.`;
  },
  comparison: (required, recent, per, ratio) =>
    `нужно ${required} ${per}, в последнее время ${recent} ${per}${ratio ? ` (×${ratio})` : ''}`,
  reasons: {
    'achievable.within-reach': 'реалистично',
    'achievable.too-ambitious': 'слишком амбициозно: больше чем вдвое выше недавнего темпа',
    'achievable.against-trend': 'идёт против недавней тенденции',
    'achievable.missing-target': 'укажите целевое значение, чтобы проверить',
    'achievable.missing-baseline': 'укажите текущее значение, чтобы проверить',
    'achievable.unsupported-baseline': 'от такого исходного значения проверить нельзя',
    'achievable.missing-time-frame': 'укажите срок в будущем, чтобы проверить',
    'achievable.missing-recent-rate': 'укажите недавний темп, чтобы сравнить',
    'achievable.invalid-recent-rate': 'недавний темп должен быть больше -100%',
  },
  why: { title: 'Зачем', hunger: 'Что не устраивает', anchor: 'Образ успеха', broadGoal: 'Цель' },
  dumb: {
    dream: 'Мечта',
    uplifting: 'Вдохновляет',
    method: 'Встроена в практику',
    behavior: 'Формирует привычки',
  },
};

const VI_EVERY = { weekly: 'mỗi tuần', monthly: 'mỗi tháng', quarterly: 'mỗi quý' } as const;

const vi: Phrasebook = {
  sentence(p) {
    const subject = join(p.metric, p.scope);
    const core = {
      increase: () =>
        p.relative
          ? join(
              'tăng',
              subject,
              `thêm ${p.by}`,
              p.from !== null ? `(từ ${p.from} lên ${p.to})` : '',
            )
          : join('tăng', subject, `từ ${p.from} lên ${p.to}`),
      reduce: () =>
        p.relative
          ? join('giảm', subject, p.by, p.from !== null ? `(từ ${p.from} xuống ${p.to})` : '')
          : join('giảm', subject, `từ ${p.from} xuống ${p.to}`),
      reach: () => (p.count ? join('đạt', p.to, subject) : join('đạt', subject, `ở mức ${p.to}`)),
      maintain: () => join('duy trì', subject, p.to !== null ? `ở mức ${p.to}` : 'ổn định'),
      improve: () => join('cải thiện', subject, p.from !== null ? `(hiện tại ${p.from})` : ''),
    }[p.direction]();
    const time = p.date ? `trước ngày ${p.date}` : p.cadence ? VI_EVERY[p.cadence] : '';
    let s = join(core, time, p.method && `thông qua ${p.method}`);
    if (p.date && p.cadence) s += `, ${vi.reviewed(p.cadence)}`;
    return `${capitalize(s)}.`;
  },
  letters: { S: 'Cụ thể', M: 'Đo lường được', A: 'Khả thi', R: 'Liên quan', T: 'Có thời hạn' },
  colon: ': ',
  separator: '; ',
  notSet: 'chưa điền',
  owner: 'người phụ trách',
  method: 'cách làm',
  fromTo: (from, to) => `từ ${from} đến ${to}`,
  targetOnly: (to) => `mục tiêu ${to}`,
  baselineOnly: (from) => `hiện tại ${from}, chưa đặt mục tiêu`,
  relative: (signed, from, to) => join(signed, from !== null ? `(từ ${from} đến ${to})` : ''),
  deadline: (date) => `trước ngày ${date}`,
  reviewed: (c) =>
    `theo dõi ${{ weekly: 'hằng tuần', monthly: 'hằng tháng', quarterly: 'hằng quý' }[c]}`,
  every: (c) => VI_EVERY[c],
  parentOnly: 'phục vụ mục tiêu cấp trên',
  per(m) {
    const name = periodName(m);
    return name
      ? { week: 'mỗi tuần', month: 'mỗi tháng', quarter: 'mỗi quý', year: 'mỗi năm' }[name]
      : `mỗi ${String(m).replace('.', ',')} tháng`;
  },
  comparison: (required, recent, per, ratio) =>
    `cần ${required} ${per}, gần đây ${recent} ${per}${ratio ? ` (gấp ${ratio} lần)` : ''}`,
  reasons: {
    'achievable.within-reach': 'khả thi',
    'achievable.too-ambitious': 'quá tham vọng: cao hơn gấp đôi tốc độ gần đây',
    'achievable.against-trend': 'đi ngược xu hướng gần đây',
    'achievable.missing-target': 'hãy đặt mục tiêu để đánh giá',
    'achievable.missing-baseline': 'hãy nhập giá trị hiện tại để đánh giá',
    'achievable.unsupported-baseline': 'không thể đánh giá từ giá trị hiện tại này',
    'achievable.missing-time-frame': 'hãy đặt một hạn chót trong tương lai để đánh giá',
    'achievable.missing-recent-rate': 'hãy nhập tốc độ gần đây để so sánh',
    'achievable.invalid-recent-rate': 'tốc độ gần đây phải lớn hơn -100%',
  },
  why: {
    title: 'Vì sao',
    hunger: 'Điều trăn trở',
    anchor: 'Hình mẫu hướng tới',
    broadGoal: 'Mục tiêu',
  },
  dumb: {
    dream: 'Xuất phát từ ước mơ',
    uplifting: 'Truyền cảm hứng',
    method: 'Gắn với cách làm',
    behavior: 'Tạo thói quen',
  },
};

export const PHRASEBOOKS: Record<Lang, Phrasebook> = { en, zh, ru, vi };
