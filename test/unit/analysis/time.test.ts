import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../lib/analysis/calendar';
import { findTimes } from '../../../lib/analysis/extract';
import { compile } from '../../../lib/analysis/lexicon/compile';
import { en } from '../../../lib/analysis/lexicon/en';

const today = parseIsoDate('2026-11-23'); // a Monday
const first = (text: string) => {
  const t = findTimes(text, compile(en), today)[0];
  return t && { text: text.slice(t.start, t.end), ...t.value };
};

describe('English time expressions', () => {
  it.each([
    ['by 2027-03-31', { text: 'by 2027-03-31', kind: 'deadline', due: '2027-03-31' }],
    ['by 3/31', { kind: 'deadline', due: '2027-03-31' }],
    ['before 9/30/2027', { due: '2027-09-30' }],
    ['by March 31', { due: '2027-03-31' }],
    ['by 31 March 2027', { due: '2027-03-31' }],
    ['by December', { due: '2026-12-31', period: '2026-12' }],
    ['by December 2027', { due: '2027-12-31' }],
    ['in Q3', { kind: 'period', period: '2027-Q3', due: '2027-09-30' }],
    ['by end of Q4', { period: '2026-Q4', due: '2026-12-31' }],
    ['in the second quarter of 2027', { period: '2027-Q2' }],
    ['in H1', { period: '2027-H1', due: '2027-06-30' }],
    ['in FY2027', { period: '2027', due: '2027-12-31' }],
    ['by end of year', { due: '2026-12-31' }],
    ['next quarter', { period: '2027-Q1' }],
    ['this month', { period: '2026-11', due: '2026-11-30' }],
    ['within six months', { due: '2027-05-23', period: 'P6M', months: 6 }],
    ['in 3 weeks', { due: '2026-12-14', period: 'P3W' }],
    ['by Friday', { due: '2026-11-27' }],
    ['every week', { kind: 'cadence', every: 'P1W' }],
    ['month over month', { kind: 'cadence', every: 'P1M' }],
    ['last quarter', { kind: 'past', months: 3 }],
    ['two years ago', { kind: 'past' }],
    ['by 2025', { kind: 'past' }],
  ])('%s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  it.each(['soon', 'ASAP', 'per month', 'may increase', 'version 2.0', 'by 31/2', '2027 units'])(
    'no deadline in “%s”',
    (text) => {
      const t = first(text);
      expect(t?.kind === 'deadline' || t?.kind === 'period').toBe(false);
    },
  );
});
