import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../lib/analysis/calendar';
import { findTimes } from '../../../lib/analysis/extract';
import { compile } from '../../../lib/analysis/lexicon/compile';
import { LEXICONS } from '../../../lib/analysis/lexicon';
import type { Lang } from '../../../lib/analysis';

const today = parseIsoDate('2026-11-23'); // a Monday
const first = (lang: Lang, text: string) => {
  const t = findTimes(text, compile(LEXICONS[lang]), today)[0];
  return t && { text: text.slice(t.start, t.end), ...t.value };
};

// How each language writes deadlines, periods, cadences and history (DOMAIN.md), resolved.
const CASES: [Lang, string, Record<string, unknown>][] = [
  ['zh', '2027年3月31日前', { kind: 'deadline', due: '2027-03-31' }],
  ['zh', '3月31日前', { kind: 'deadline', due: '2027-03-31' }],
  ['zh', '第三季度', { kind: 'period', period: '2027-Q3' }],
  ['zh', '年底前', { kind: 'deadline', due: '2026-12-31' }],
  ['zh', '本季度', { period: '2026-Q4' }],
  ['zh', '下个季度', { period: '2027-Q1' }],
  ['zh', '6个月内', { due: '2027-05-23', period: 'P6M' }],
  ['zh', '2027财年', { period: '2027' }],
  ['zh', '每周', { kind: 'cadence', every: 'P1W' }],
  ['zh', '上个月', { kind: 'past', months: 1 }],
  ['zh', '下周五前', { due: '2026-12-04' }],
  ['zh', '本月底', { due: '2026-11-30' }],
  ['ru', 'к 31 марта', { kind: 'deadline', due: '2027-03-31' }],
  ['ru', 'до 31.03.2027', { due: '2027-03-31' }],
  ['ru', 'к концу года', { due: '2026-12-31' }],
  ['ru', 'в течение шести месяцев', { due: '2027-05-23', period: 'P6M' }],
  ['ru', 'в следующем квартале', { period: '2027-Q1' }],
  ['ru', 'в III квартале', { period: '2027-Q3' }],
  ['ru', 'до конца квартала', { period: '2026-Q4' }],
  ['ru', 'в первом полугодии', { period: '2027-H1' }],
  ['ru', 'ежемесячно', { kind: 'cadence', every: 'P1M' }],
  ['ru', 'к пятнице', { due: '2026-11-27' }],
  ['ru', 'в прошлом году', { kind: 'past', months: 12 }],
  ['vi', 'trước ngày 31/3', { kind: 'deadline', due: '2027-03-31' }],
  ['vi', '31/03/2027', { due: '2027-03-31' }],
  ['vi', 'vào cuối năm', { due: '2026-12-31' }],
  ['vi', 'trong 6 tháng', { due: '2027-05-23', period: 'P6M' }],
  ['vi', 'quý 3', { period: '2027-Q3' }],
  ['vi', 'quý tới', { period: '2027-Q1' }],
  ['vi', 'nửa đầu năm', { period: '2027-H1' }],
  ['vi', 'hằng tháng', { kind: 'cadence', every: 'P1M' }],
  ['vi', 'trước thứ Sáu', { due: '2026-11-27' }],
  ['vi', 'năm ngoái', { kind: 'past', months: 12 }],
];

describe('time expressions in Chinese, Russian and Vietnamese', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    expect(first(lang, text)).toMatchObject({ text, ...expected });
  });

  it.each([
    ['zh', '尽快提升品牌知名度'],
    ['ru', 'как можно скорее'],
    ['vi', 'càng sớm càng tốt'],
  ] as const)('%s: “%s” is no deadline', (lang, text) => {
    const t = first(lang, text);
    expect(t?.kind === 'deadline' || t?.kind === 'period' || t?.kind === 'cadence').toBe(false);
  });
});
