import { describe, it, expect } from 'vitest';
import { formatDate, formatNumber, formatQuantity, formatSignedPercent } from '@/lib/goals/format';

describe('formatNumber', () => {
  it.each([
    [35000, ['35,000', '35,000', '35\u00a0000', '35.000']],
    [1200, ['1,200', '1,200', '1200', '1.200']],
    [2.3, ['2.3', '2.3', '2,3', '2,3']],
    [1234567.891, ['1,234,567.89', '1,234,567.89', '1\u00a0234\u00a0567,89', '1.234.567,89']],
    [-0.004, ['0', '0', '0', '0']],
    [-1500.5, ['-1,500.5', '-1,500.5', '-1500,5', '-1.500,5']],
    [5, ['5', '5', '5', '5']],
  ])('%d in en, zh, ru, vi', (value, expected) => {
    expect((['en', 'zh', 'ru', 'vi'] as const).map((l) => formatNumber(value, l))).toEqual(
      expected,
    );
  });

  it('quantities, rates and dates', () => {
    expect(formatQuantity(2.3, 'percent', 'ru')).toBe('2,3%');
    expect(formatQuantity(35000, 'count', 'vi')).toBe('35.000');
    expect(formatQuantity(31, 'points', 'en')).toBe('31');
    expect(formatSignedPercent(14.96, 'en')).toBe('+15%');
    expect(formatSignedPercent(-3.25, 'ru')).toBe('-3,3%');
    expect(formatSignedPercent(0.01, 'en')).toBe('0%');
    expect(['en', 'zh', 'ru', 'vi'].map((l) => formatDate('2027-03-31', l as 'en'))).toEqual([
      'March 31, 2027',
      '2027年3月31日',
      '31 марта 2027 г.',
      '31/3/2027',
    ]);
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
