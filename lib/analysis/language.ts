import type { DetectedLang } from './schema';

/**
 * Language by script, which is free and enough for the four supported languages: Han → zh
 * (kana or hangul → other), Cyrillic → ru (Ukrainian/Belarusian letters → other), Latin with
 * Vietnamese letters → vi, other Latin → en unless it carries other languages' diacritics.
 */
const HAN = /\p{Script=Han}/gu;
const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const NON_RUSSIAN_CYRILLIC = /[іїєґўІЇЄҐЎ]/u;
const LATIN = /\p{Script=Latin}/gu;
// Letters only Vietnamese uses among the four: ă â đ ê ô ơ ư and the tone-marked vowels.
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
const VIETNAMESE_COMBINING = /[aeiouyăâêôơư][\u0300\u0301\u0303\u0309\u0323]/iu;
const OTHER_LATIN = /[äöüßñçàèìòùéíóúåøæœłńśźżčřšžőű]/giu;
const RTL_OR_OTHER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Greek}]/gu;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

export function detectLanguage(text: string): DetectedLang {
  // The opening of a unit is enough to tell its script, and keeps this O(1) on huge inputs.
  const sample = text.length > 400 ? text.slice(0, 400) : text;
  if (KANA_HANGUL.test(sample)) return 'other';
  const han = count(HAN, sample);
  const cyr = count(CYRILLIC, sample);
  const lat = count(LATIN, sample);
  if (han > 0 && han * 3 >= lat) return 'zh';
  if (cyr > 0 && cyr >= lat) return NON_RUSSIAN_CYRILLIC.test(sample) ? 'other' : 'ru';
  if (lat === 0) return han > 0 ? 'zh' : 'other';
  if (VIETNAMESE.test(sample) || VIETNAMESE_COMBINING.test(sample)) return 'vi';
  if (count(RTL_OR_OTHER, sample) > lat) return 'other';
  // A stray "café" or "résumé" stays English; French, German or Spanish prose does not.
  const foreign = count(OTHER_LATIN, sample);
  if (foreign >= 2 && foreign * 40 >= lat) return 'other';
  return 'en';
}
