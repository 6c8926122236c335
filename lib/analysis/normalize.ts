/**
 * Vietnamese typed with combining diacritics (NFD) must match the NFC lexicon, but diagnostics
 * must point into the original string. `toNfc` returns the normalized text and a map from each
 * normalized index back to the original UTF-16 offset. Most text is already NFC and pays nothing.
 */
export interface Normalized {
  text: string;
  toOriginal: (index: number) => number;
}

const identity = (i: number) => i;

/** True when every character is Latin-1, which NFC leaves as it is (marks start at U+0300). */
function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

/**
 * Latin-1 text (no marks, so already NFC) is analysed from a copy stored one byte per character.
 * A slice keeps its source's storage: an ASCII sentence cut from a field that holds one emoji,
 * curly quote or Chinese word is stored two bytes per character, and every regex and case mapping
 * on it runs about twice as slow. The copy costs well under a microsecond per unit; JSON.parse
 * builds its strings in the narrowest storage.
 */
export function toNfc(original: string): Normalized {
  if (isLatin1(original))
    return { text: JSON.parse(JSON.stringify(original)) as string, toOriginal: identity };
  const nfc = original.normalize('NFC');
  if (nfc === original) return { text: original, toOriginal: identity };
  // Normalize cluster by cluster (a base character and its combining marks), recording offsets.
  const map: number[] = [];
  let out = '';
  const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
  for (let m = cluster.exec(original); m; m = cluster.exec(original)) {
    const piece = m[0].normalize('NFC');
    for (let k = 0; k < piece.length; k++) map.push(m.index);
    out += piece;
  }
  map.push(original.length);
  return { text: out, toOriginal: (i) => map[Math.min(Math.max(i, 0), map.length - 1)]! };
}
