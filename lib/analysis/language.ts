import type { DetectedLang } from './schema';

/**
 * Language by script, which is free and enough for the four supported languages: Han → zh
 * (kana or hangul → other), Cyrillic → ru (Ukrainian/Belarusian letters → other), Latin with
 * Vietnamese letters → vi, other Latin → en unless it carries other languages' diacritics.
 */
const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const NON_RUSSIAN_CYRILLIC = /[іїєґўІЇЄҐЎ]/u;
// Letters only Vietnamese uses among the four: ă â đ ê ô ơ ư and the tone-marked vowels.
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
/**
 * Vietnamese written with Latin-1 letters only ("Báo cáo kinh doanh tháng 10", "Báo cáo quý"): a
 * tone-marked vowel before a final ng/nh/ch, after an initial other Latin languages do not put
 * before one (kh, nh, ng, ngh, th, ph), or "quý".
 */
const VIETNAMESE_LATIN1 =
  /[àáãèéìíòóõùúý](?:ng|nh|ch)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])(?:ngh|kh|nh|ng|th|ph)[àáãèéìíòóõùúý]|(?<![\p{L}\p{M}])quý(?![\p{L}\p{M}])/iu;
/**
 * Short words of English, French, Spanish, German and Portuguese that Vietnamese does not use
 * unaccented: with one of them the Latin-1 cue above is a name or a loanword in another language
 * ("Hire Khánh as PM by June", "Nous voulons améliorer la thématique").
 */
const OTHER_LATIN_WORDS =
  /(?<![\p{L}\p{M}])(?:the|and|or|of|on|at|by|for|with|as|is|are|our|we|le|les|des|du|et|est|pour|avec|une|el|los|las|por|der|die|das|und|mit|os)(?![\p{L}\p{M}])/iu;
const OTHER_LATIN = /[äöüßñçàèìòùéíóúåøæœłńśźżčřšžőű]/giu;
const RTL_OR_OTHER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Greek}]/gu;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

export function detectLanguage(text: string): DetectedLang {
  // The opening of a unit is enough to tell its script, and keeps this O(1) on huge inputs.
  const sample = text.length > 400 ? text.slice(0, 400) : text;
  // Plain ASCII (most English) has no script but Latin: none of the regexes below can match it.
  let ascii = true;
  let letters = false;
  for (let i = 0; i < sample.length && ascii; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters = true;
  }
  if (ascii) return letters ? 'en' : 'other';
  if (KANA_HANGUL.test(sample)) return 'other';
  // One pass over code units; the ranges cover the letters of the four languages.
  let han = 0;
  let cyr = 0;
  let lat = 0;
  let latWords = 0;
  let inLatin = false;
  // Combining marks (NFD input): judged on the NFC form, as the engine reads it.
  let marks = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) {
      marks = true;
      continue;
    }
    const latin =
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c <= 0x24f) ||
      (c >= 0x1e00 && c <= 0x1eff);
    if (latin && !inLatin) latWords++;
    inLatin = latin;
    if (latin) lat++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xf900 && c <= 0xfaff)
    )
      han++;
  }
  // A Han character is about a word: "下季度提升 landing page 的 conversion rate" is Chinese with
  // English terms, not English.
  if (han > 0 && (han * 3 >= lat || han >= latWords)) return 'zh';
  if (cyr > 0 && cyr >= lat) return NON_RUSSIAN_CYRILLIC.test(sample) ? 'other' : 'ru';
  if (lat === 0) return 'other';
  const latin = marks ? sample.normalize('NFC') : sample;
  if (VIETNAMESE.test(latin) || (VIETNAMESE_LATIN1.test(latin) && !OTHER_LATIN_WORDS.test(latin)))
    return 'vi';
  if (count(RTL_OR_OTHER, sample) > lat) return 'other';
  // A stray "café" or "résumé" stays English; French, German or Spanish prose does not.
  const foreign = count(OTHER_LATIN, latin);
  if (foreign >= 2 && foreign * 40 >= lat) return 'other';
  return 'en';
}
