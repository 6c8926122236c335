import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/components/options/format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 byte'],
    [999, 'en', '999 byte'],
    [1536, 'en', '1.5 kB'],
    [2_400_000, 'en', '2.4 MB'],
    [3_000_000_000, 'en', '3 GB'],
    [-5, 'en', '0 byte'],
    [1536, 'ru', '1,5 кБ'],
  ] as const)('%d bytes in %s → %s', (bytes, lang, expected) => {
    expect(formatBytes(bytes, lang)).toBe(expected);
  });
});
