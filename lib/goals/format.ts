import type { Lang } from '../analysis/schema';
import { parseIsoDate } from './dates';
import type { GoalUnit } from './goal';

/**
 * Numbers and dates written the way each language writes them, by hand rather than through `Intl`
 * so output is identical in every browser and in Node:
 * en 35,000.5 · zh 35,000.5 · ru 35 000,5 (no-break space; four-digit numbers ungrouped) · vi 35.000,5.
 */

const GROUP: Record<Lang, string> = { en: ',', zh: ',', ru: '\u00a0', vi: '.' };
const DECIMAL: Record<Lang, string> = { en: '.', zh: '.', ru: ',', vi: ',' };
/** Russian typography leaves four-digit numbers ungrouped (1200, 35 000). */
const MIN_GROUPED_DIGITS: Record<Lang, number> = { en: 4, zh: 4, ru: 5, vi: 4 };

export function formatNumber(value: number, lang: Lang, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(maxFractionDigits);
  if (fixed.includes('e')) return String(value);
  const [int = '0', frac = ''] = fixed.split('.');
  const trimmed = frac.replace(/0+$/, '');
  const grouped =
    int.length >= MIN_GROUPED_DIGITS[lang] ? int.replace(/\B(?=(\d{3})+$)/g, GROUP[lang]) : int;
  const negative = value < 0 && /[1-9]/.test(fixed);
  return `${negative ? '-' : ''}${grouped}${trimmed ? DECIMAL[lang] + trimmed : ''}`;
}

/** A goal quantity: `2.3%` for percent, the bare number for counts, amounts and points. */
export function formatQuantity(value: number, unit: GoalUnit, lang: Lang): string {
  const n = formatNumber(value, lang);
  return unit === 'percent' ? `${n}%` : n;
}

/** A percentage with its sign, for rates: `+14.9%`, `-3%`. */
export function formatSignedPercent(value: number, lang: Lang, maxFractionDigits = 1): string {
  const n = formatNumber(value, lang, maxFractionDigits);
  return `${value > 0 && n !== '0' ? '+' : ''}${n}%`;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Genitive, as after a day number: 31 марта. */
const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** A calendar date: March 31, 2027 · 2027年3月31日 · 31 марта 2027 г. · 31/3/2027. */
export function formatDate(iso: string, lang: Lang): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  switch (lang) {
    case 'en':
      return `${EN_MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
    case 'zh':
      return `${d.year}年${d.month}月${d.day}日`;
    case 'ru':
      return `${d.day} ${RU_MONTHS[d.month - 1]} ${d.year} г.`;
    case 'vi':
      return `${d.day}/${d.month}/${d.year}`;
  }
}
