import { describe, it, expect } from 'vitest';
import type { Lang } from '@/lib/analysis/schema';
import { GoalSchema, type GoalInput } from '@/lib/goals/goal';
import { direction, toMarkdown, toPlainText, toSentence } from '@/lib/goals/sentence';

type Texts = Record<Lang, { metric: string; scope?: string; method?: string }>;

/** One goal per language, the same numbers, texts as a native speaker would type them. */
function inAllLanguages(texts: Texts, smart: NonNullable<GoalInput['smart']>) {
  return (Object.keys(texts) as Lang[]).map((lang) =>
    GoalSchema.parse({ lang, smart: { ...smart, ...texts[lang] } }),
  );
}

describe('toSentence in en, zh, ru, vi', () => {
  it.each([
    [
      'raise: from baseline to target by a date via a method',
      {
        en: { metric: 'conversion rate', scope: 'on mobile', method: 'a one-tap checkout' },
        zh: { metric: '转化率', scope: '移动端', method: '一键结账' },
        ru: {
          metric: 'конверсия',
          scope: 'на мобильных устройствах',
          method: 'оформления заказа в один клик',
        },
        vi: { metric: 'tỷ lệ chuyển đổi', scope: 'trên di động', method: 'thanh toán một chạm' },
      },
      { baseline: 2.3, target: 5, unit: 'percent', deadline: { date: '2027-09-30' } },
      [
        'Increase conversion rate on mobile from 2.3% to 5% by September 30, 2027 through a one-tap checkout.',
        '在2027年9月30日前，通过一键结账，将移动端转化率从2.3%提升到5%。',
        'Конверсия на мобильных устройствах: увеличить с 2,3% до 5% к 30 сентября 2027 г. за счёт оформления заказа в один клик.',
        'Tăng tỷ lệ chuyển đổi trên di động từ 2,3% lên 5% trước ngày 30/9/2027 thông qua thanh toán một chạm.',
      ],
    ],
    [
      'reduce: the verb follows baseline vs target',
      {
        en: { metric: 'average cost per click' },
        zh: { metric: '平均单次点击成本' },
        ru: { metric: 'средняя цена клика' },
        vi: { metric: 'chi phí trung bình mỗi lượt nhấp' },
      },
      { baseline: 2, target: 1.5, unit: 'currency', deadline: { date: '2027-03-31' } },
      [
        'Reduce average cost per click from 2 to 1.5 by March 31, 2027.',
        '在2027年3月31日前，将平均单次点击成本从2降低到1.5。',
        'Средняя цена клика: снизить с 2 до 1,5 к 31 марта 2027 г.',
        'Giảm chi phí trung bình mỗi lượt nhấp từ 2 xuống 1,5 trước ngày 31/3/2027.',
      ],
    ],
    [
      'reach a count without a baseline',
      {
        en: { metric: 'organic search visitors per month' },
        zh: { metric: '自然搜索月访问量' },
        ru: { metric: 'посетители из органического поиска в месяц' },
        vi: { metric: 'lượt truy cập từ tìm kiếm tự nhiên mỗi tháng' },
      },
      { target: 35000, unit: 'count', deadline: { date: '2026-12-31' } },
      [
        'Reach 35,000 organic search visitors per month by December 31, 2026.',
        '在2026年12月31日前，使自然搜索月访问量达到35,000。',
        'Посетители из органического поиска в месяц: довести до 35\u00a0000 к 31 декабря 2026 г.',
        'Đạt 35.000 lượt truy cập từ tìm kiếm tự nhiên mỗi tháng trước ngày 31/12/2026.',
      ],
    ],
    [
      'reach a score without a baseline',
      {
        en: { metric: 'NPS', method: 'proactive support' },
        zh: { metric: '净推荐值', method: '主动式客户服务' },
        ru: { metric: 'NPS', method: 'проактивной поддержки клиентов' },
        vi: { metric: 'chỉ số NPS', method: 'chăm sóc khách hàng chủ động' },
      },
      { target: 35, unit: 'points', deadline: { date: '2027-06-30' } },
      [
        'Bring NPS to 35 by June 30, 2027 through proactive support.',
        '在2027年6月30日前，通过主动式客户服务，使净推荐值达到35。',
        'NPS: довести до 35 к 30 июня 2027 г. за счёт проактивной поддержки клиентов.',
        'Đạt chỉ số NPS ở mức 35 trước ngày 30/6/2027 thông qua chăm sóc khách hàng chủ động.',
      ],
    ],
    [
      'a relative change repeated every month',
      {
        en: { metric: 'blog subscribers' },
        zh: { metric: '博客订阅数' },
        ru: { metric: 'подписчики блога' },
        vi: { metric: 'số người đăng ký blog' },
      },
      { target: 25, change: 'relative', deadline: { cadence: 'monthly' } },
      [
        'Increase blog subscribers by 25% month over month.',
        '每月将博客订阅数提升25%。',
        'Подписчики блога: увеличивать на 25% ежемесячно.',
        'Tăng số người đăng ký blog thêm 25% mỗi tháng.',
      ],
    ],
    [
      'a relative change from a known baseline shows the levels',
      {
        en: { metric: 'average order value', method: 'personalised recommendations' },
        zh: { metric: '客单价', method: '个性化推荐' },
        ru: { metric: 'средний чек', method: 'персональных рекомендаций' },
        vi: { metric: 'giá trị đơn hàng trung bình', method: 'gợi ý sản phẩm cá nhân hóa' },
      },
      {
        baseline: 50,
        target: 10,
        unit: 'currency',
        change: 'relative',
        deadline: { date: '2027-11-30' },
      },
      [
        'Increase average order value by 10% (from 50 to 55) by November 30, 2027 through personalised recommendations.',
        '在2027年11月30日前，通过个性化推荐，将客单价提升10%（从50到55）。',
        'Средний чек: увеличить на 10% (с 50 до 55) к 30 ноября 2027 г. за счёт персональных рекомендаций.',
        'Tăng giá trị đơn hàng trung bình thêm 10% (từ 50 lên 55) trước ngày 30/11/2027 thông qua gợi ý sản phẩm cá nhân hóa.',
      ],
    ],
    [
      'a deadline with a review cadence',
      {
        en: { metric: 'email open rate' },
        zh: { metric: '邮件打开率' },
        ru: { metric: 'открываемость писем' },
        vi: { metric: 'tỷ lệ mở email' },
      },
      {
        baseline: 25,
        target: 40,
        unit: 'percent',
        deadline: { date: '2027-03-31', cadence: 'monthly' },
      },
      [
        'Increase email open rate from 25% to 40% by March 31, 2027, reviewed monthly.',
        '在2027年3月31日前，将邮件打开率从25%提升到40%，每月跟踪进度。',
        'Открываемость писем: увеличить с 25% до 40% к 31 марта 2027 г., с ежемесячной проверкой.',
        'Tăng tỷ lệ mở email từ 25% lên 40% trước ngày 31/3/2027, theo dõi hằng tháng.',
      ],
    ],
    [
      'a relative cut',
      {
        en: { metric: 'support tickets per week' },
        zh: { metric: '每周工单量' },
        ru: { metric: 'обращения в поддержку за неделю' },
        vi: { metric: 'số yêu cầu hỗ trợ mỗi tuần' },
      },
      { baseline: 1200, target: -10, change: 'relative' },
      [
        'Reduce support tickets per week by 10% (from 1,200 to 1,080).',
        '将每周工单量降低10%（从1,200到1,080）。',
        'Обращения в поддержку за неделю: снизить на 10% (с 1200 до 1080).',
        'Giảm số yêu cầu hỗ trợ mỗi tuần 10% (từ 1.200 xuống 1.080).',
      ],
    ],
  ] as const)('%s', (_name, texts, smart, expected) => {
    const goals = inAllLanguages(texts as Texts, smart as GoalInput['smart'] & object);
    expect(goals.map(toSentence)).toEqual(expected);
  });

  const en = (smart: NonNullable<GoalInput['smart']>) => GoalSchema.parse({ smart });
  it.each([
    ['nothing filled in', {}, ''],
    [
      'a level held',
      { metric: 'NPS', baseline: 35, target: 35, unit: 'points' },
      'Keep NPS at 35.',
    ],
    [
      'a zero relative change',
      { metric: 'NPS', target: 0, change: 'relative' },
      'Keep NPS steady.',
    ],
    ['no target yet', { metric: 'NPS', baseline: 31 }, 'Improve NPS (now 31).'],
    ['only a metric', { metric: 'NPS' }, 'Improve NPS.'],
    [
      'a cadence without a date',
      { metric: 'MQLs', target: 500, deadline: { cadence: 'weekly' } },
      'Reach 500 MQLs each week.',
    ],
    [
      'user punctuation at the end',
      { metric: ' organic visitors ', target: 10, method: 'targeted SEO. ' },
      'Reach 10 organic visitors through targeted SEO.',
    ],
  ] as const)('en: %s', (_name, smart, expected) => {
    expect(toSentence(en(smart))).toBe(expected);
  });

  it.each([
    ['ru', 'Увеличить с 2,3% до 5%.'],
    ['zh', '从2.3%提升到5%。'],
    ['vi', 'Tăng từ 2,3% lên 5%.'],
  ] as const)('%s without a metric still reads', (lang, expected) => {
    const goal = GoalSchema.parse({ lang, smart: { baseline: 2.3, target: 5, unit: 'percent' } });
    expect(toSentence(goal)).toBe(expected);
  });
});

describe('direction', () => {
  it.each([
    [{ baseline: 1, target: 2 }, 'increase'],
    [{ baseline: 2, target: 1 }, 'reduce'],
    [{ baseline: 2, target: 2 }, 'maintain'],
    [{ baseline: null, target: 2 }, 'reach'],
    [{ baseline: 2, target: null }, 'improve'],
    [{ target: 5, change: 'relative' }, 'increase'],
    [{ target: -5, change: 'relative' }, 'reduce'],
    [{ target: 0, change: 'relative' }, 'maintain'],
  ] as const)('%j → %s', (smart, dir) => {
    expect(direction(GoalSchema.parse({ smart }))).toBe(dir);
  });
});

const full: GoalInput = {
  why: { hunger: 'Half of mobile buyers give up at checkout', anchor: '', broadGoal: '' },
  smart: {
    metric: 'conversion rate',
    scope: 'on mobile',
    owner: 'Growth team',
    baseline: 2.3,
    target: 5,
    unit: 'percent',
    recentRate: { value: 5, periodMonths: 1 },
    relevance: { objective: 'online revenue +10% this year' },
    deadline: { date: '2027-09-30', cadence: 'monthly' },
    method: 'a one-tap checkout',
  },
  dumb: { dream: 'A checkout nobody notices', behavior: 'Watch one session recording a day' },
};
const today = '2027-01-01';

describe('toMarkdown and toPlainText', () => {
  it('writes the sentence, the letters, then why and DUMB', () => {
    expect(toMarkdown(GoalSchema.parse(full), { today })).toBe(
      [
        '**Increase conversion rate on mobile from 2.3% to 5% by September 30, 2027 through a one-tap checkout, reviewed monthly.**',
        '',
        '- **S** Specific: conversion rate on mobile; method: a one-tap checkout; owner: Growth team',
        '- **M** Measurable: from 2.3% to 5%',
        '- **A** Achievable: needs +9.1% per month, recently +5% per month (1.8×): within reach',
        '- **R** Relevant: online revenue +10% this year',
        '- **T** Time-bound: by September 30, 2027; reviewed monthly',
        '',
        '**Why**',
        '',
        '- Hunger: Half of mobile buyers give up at checkout',
        '',
        '**DUMB**',
        '',
        '- **D** Dream-driven: A checkout nobody notices',
        '- **B** Behavior-triggering: Watch one session recording a day',
        '',
      ].join('\n'),
    );
  });

  it('plain text carries the same content without markup', () => {
    const text = toPlainText(GoalSchema.parse(full), { today });
    expect(text).not.toMatch(/\*\*/);
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Increase conversion rate on mobile from 2.3% to 5% by September 30, 2027 through a one-tap checkout, reviewed monthly.',
      '',
      'S Specific: conversion rate on mobile; method: a one-tap checkout; owner: Growth team',
      'M Measurable: from 2.3% to 5%',
      'A Achievable: needs +9.1% per month, recently +5% per month (1.8×): within reach',
      'R Relevant: online revenue +10% this year',
      'T Time-bound: by September 30, 2027; reviewed monthly',
    ]);
    expect(text).toContain('\nDUMB\nD Dream-driven: A checkout nobody notices\n');
  });

  it('an empty goal still lists every letter as not set', () => {
    expect(toPlainText(GoalSchema.parse({}), { today })).toBe(
      [
        'S Specific: not set',
        'M Measurable: not set',
        'A Achievable: set a target to check it',
        'R Relevant: not set',
        'T Time-bound: not set',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [
      'zh',
      [
        'S 具体：',
        'M 可衡量：从2.3%到5%',
        'A 可实现：需要每月+9.1%，近期为每月+5%（1.8倍）：可以实现',
        'R 相关：',
        'T 有时限：2027年9月30日前；每月跟踪进度',
      ],
    ],
    [
      'ru',
      [
        'S Конкретная: ',
        'M Измеримая: с 2,3% до 5%',
        'A Достижимая: нужно +9,1% в месяц, в последнее время +5% в месяц (×1,8): реалистично',
        'R Значимая: ',
        'T Ограниченная во времени: к 30 сентября 2027 г.; с ежемесячной проверкой',
      ],
    ],
    [
      'vi',
      [
        'S Cụ thể: ',
        'M Đo lường được: từ 2,3% đến 5%',
        'A Khả thi: cần +9,1% mỗi tháng, gần đây +5% mỗi tháng (gấp 1,8 lần): khả thi',
        'R Liên quan: ',
        'T Có thời hạn: trước ngày 30/9/2027; theo dõi hằng tháng',
      ],
    ],
  ] as const)('labels the letters in %s', (lang, starts) => {
    const lines = toPlainText(GoalSchema.parse({ ...full, lang }), { today })
      .split('\n')
      .slice(2, 7);
    lines.forEach((line, i) => expect(line.startsWith(starts[i]!)).toBe(true));
  });

  it('flags a target beyond twice the recent rate in the A line', () => {
    const goal = GoalSchema.parse({ ...full, smart: { ...full.smart, recentRate: { value: 2 } } });
    expect(toPlainText(goal, { today })).toContain(
      'A Achievable: needs +9.1% per month, recently +2% per month (4.5×): too ambitious: more than twice the recent rate',
    );
  });

  it('escapes Markdown in user text', () => {
    const goal = GoalSchema.parse({ smart: { metric: '*signups* [beta]', target: 3 } });
    expect(toMarkdown(goal, { today })).toContain('**Reach 3 \\*signups\\* \\[beta\\].**');
  });
});
