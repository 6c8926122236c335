import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (...parts: string[]) => readFileSync(path.join(ROOT, ...parts), 'utf8');
/** The store languages are the `_locales` of the extension. */
const LOCALES = readdirSync(path.join(ROOT, 'public/_locales')).sort();

/** Chrome Web Store and the manifest both cut a description at 132 characters. */
const SHORT_LIMIT = 132;
const length = (text: string) => [...text.trim()].length;

describe('store listing', () => {
  it('has a listing for every locale', () => {
    expect(LOCALES).toEqual(['en', 'ru', 'vi', 'zh_CN']);
    expect(readdirSync(path.join(ROOT, 'store')).filter((d) => !d.includes('.'))).toEqual(
      expect.arrayContaining(LOCALES),
    );
  });

  it.each(LOCALES)('%s: a short description of at most 132 characters, on one line', (locale) => {
    const short = read('store', locale, 'short.txt');
    expect(length(short)).toBeGreaterThan(40);
    expect(length(short)).toBeLessThanOrEqual(SHORT_LIMIT);
    expect(short.trim()).not.toContain('\n');
  });

  it.each(LOCALES)('%s: a long description that covers privacy and deletion', (locale) => {
    const long = read('store', locale, 'long.txt');
    expect(length(long)).toBeGreaterThan(600);
    // No placeholder or leftover English in the translations' first line.
    expect(long).not.toMatch(/TODO|lorem|\{\w+\}/i);
    if (locale !== 'en')
      expect(long.split('\n')[0]).not.toBe(read('store/en/long.txt').split('\n')[0]);
  });

  it.each(LOCALES)('%s: the manifest description fits the same limit', (locale) => {
    const messages = JSON.parse(read('public/_locales', locale, 'messages.json')) as Record<
      string,
      { message: string }
    >;
    expect(length(messages.extDescription!.message)).toBeLessThanOrEqual(SHORT_LIMIT);
    expect(length(messages.extName!.message)).toBeLessThanOrEqual(75);
  });
});

describe('icons', () => {
  /** Width and height from a PNG's IHDR chunk. */
  const pngSize = (file: string) => {
    const bytes = readFileSync(path.join(ROOT, file));
    expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };

  it.each([16, 32, 48, 96, 128])('public/icon/%d.png is %d×%d', (size) => {
    expect(pngSize(`public/icon/${size}.png`)).toEqual([size, size]);
  });
});
