import { beforeAll, describe, it, expect } from 'vitest';
import { goalFromText } from '@/lib/goals/from-text';
import { GoalSchema, type GoalInput } from '@/lib/goals/goal';
import { toSentence } from '@/lib/goals/sentence';

const today = '2026-11-23';

// Compiling a language's lexicon is a one-off cost of the first analysis; on a busy machine it can
// outlast a test's default timeout, so it is paid here.
beforeAll(() => {
  for (const text of ['Grow sales', '提高销售额', 'Увеличить продажи', 'Tăng doanh thu'])
    goalFromText(text);
}, 60_000);

/** Expected fields; anything not listed must be the empty default. */
type Expected = NonNullable<GoalInput['smart']> & {
  lang: 'en' | 'zh' | 'ru' | 'vi';
  broadGoal?: string;
};

const expectedGoal = ({ lang, broadGoal = '', ...smart }: Expected) =>
  GoalSchema.parse({ lang, smart, why: { broadGoal } });

describe('goalFromText splits a goal into the builder fields, keeping the words', () => {
  it.each<[string, string, Expected]>([
    [
      'en: from baseline to target by a quarter through a method',
      'Raise mobile conversion rate from 2.3% to 5% by Q3 through a faster checkout',
      {
        lang: 'en',
        metric: 'mobile conversion rate',
        baseline: 2.3,
        target: 5,
        unit: 'percent',
        deadline: { date: '2027-09-30' },
        method: 'a faster checkout',
      },
    ],
    [
      'en: relative change, scope after the metric',
      'Grow web traffic among Gen Z 20% next quarter through targeted SEO',
      {
        lang: 'en',
        metric: 'web traffic',
        scope: 'among Gen Z',
        target: 20,
        change: 'relative',
        deadline: { date: '2027-03-31' },
        method: 'targeted SEO',
      },
    ],
    [
      'en: a cadence instead of a date',
      'Increase blog subscribers 25% month over month',
      {
        lang: 'en',
        metric: 'blog subscribers',
        target: 25,
        change: 'relative',
        deadline: { cadence: 'monthly' },
      },
    ],
    [
      'en: a reducing verb makes the relative change negative',
      'Reduce churn by 20% by year end',
      {
        lang: 'en',
        metric: 'churn',
        target: -20,
        change: 'relative',
        deadline: { date: '2026-12-31' },
      },
    ],
    [
      'en: a multiplier is a relative change in percent',
      'Double newsletter signups in 6 months',
      {
        lang: 'en',
        metric: 'newsletter signups',
        target: 100,
        change: 'relative',
        deadline: { date: '2027-05-23' },
      },
    ],
    [
      'en: a vague goal keeps its words as the broad goal; "more" is no part of the metric',
      'We want more brand awareness',
      { lang: 'en', metric: 'brand awareness', broadGoal: 'We want more brand awareness' },
    ],
    [
      'en: stated history becomes the recent rate; a line without a metric stays as the broad goal',
      'Traffic grew 5% last month, so grow it 30% this month',
      {
        lang: 'en',
        target: 30,
        change: 'relative',
        deadline: { date: '2026-11-30' },
        recentRate: { value: 5, periodMonths: 1 },
        broadGoal: 'Traffic grew 5% last month, so grow it 30% this month',
      },
    ],
    [
      'en: the other lines go to the broad goal',
      'Our customers churn too fast.\nReduce churn from 8% to 5% by Q2',
      {
        lang: 'en',
        metric: 'churn',
        baseline: 8,
        target: 5,
        unit: 'percent',
        deadline: { date: '2027-06-30' },
        broadGoal: 'Our customers churn too fast.',
      },
    ],
    [
      'zh: deadline first, the baseline glue 从 is not part of the metric',
      '在第三季度前将移动端转化率从2.3%提高到5%',
      {
        lang: 'zh',
        metric: '移动端转化率',
        baseline: 2.3,
        target: 5,
        unit: 'percent',
        deadline: { date: '2027-09-30' },
      },
    ],
    [
      'zh: a method the engine leaves inside the metric',
      '通过精准SEO在6个月内将官网流量提升20%',
      {
        lang: 'zh',
        metric: '官网流量',
        target: 20,
        change: 'relative',
        deadline: { date: '2027-05-23' },
        method: '精准SEO',
      },
    ],
    [
      'ru: relative change with a method',
      'Увеличить трафик сайта на 20% к концу года с помощью SEO',
      {
        lang: 'ru',
        metric: 'трафик сайта',
        target: 20,
        change: 'relative',
        deadline: { date: '2026-12-31' },
        method: 'SEO',
      },
    ],
    [
      'ru: reducing verb',
      'Снизить отток клиентов на 10% к 31 марта',
      {
        lang: 'ru',
        metric: 'отток клиентов',
        target: -10,
        change: 'relative',
        deadline: { date: '2027-03-31' },
      },
    ],
    [
      'vi: from baseline to target before a date',
      'Tăng doanh thu từ 100 triệu lên 150 triệu trước ngày 31/3',
      {
        lang: 'vi',
        metric: 'doanh thu',
        baseline: 100_000_000,
        target: 150_000_000,
        deadline: { date: '2027-03-31' },
      },
    ],
    [
      'vi: scope and method',
      'Tăng lượt theo dõi trên Instagram 25% trong 6 tháng thông qua video ngắn',
      {
        lang: 'vi',
        metric: 'lượt theo dõi',
        scope: 'trên Instagram',
        target: 25,
        change: 'relative',
        deadline: { date: '2027-05-23' },
        method: 'video ngắn',
      },
    ],
  ])('%s', (_name, text, expected) => {
    expect(goalFromText(text, { today })).toEqual(expectedGoal(expected));
  });

  it('writes the fields back as a sentence close to the original', () => {
    const goal = goalFromText('Raise mobile conversion rate from 2.3% to 5% by Q3', { today });
    expect(toSentence(goal)).toBe(
      'Increase mobile conversion rate from 2.3% to 5% by September 30, 2027.',
    );
  });

  it('returns an empty goal in the requested language for empty text', () => {
    expect(goalFromText('   \n ', { lang: 'ru' })).toEqual(GoalSchema.parse({ lang: 'ru' }));
  });

  it('uses the requested language over the detected one', () => {
    expect(goalFromText('Grow signups 10% by Q3', { today, lang: 'vi' }).lang).toBe('vi');
  });
});
