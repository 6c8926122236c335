import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hintHash, hintHashSync, normalizeHintText, sha256Hex } from '../../../lib/hints/hint-hash';

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('matches the FIPS 180-4 vector for %j', (text, hex) => {
    expect(sha256Hex(new TextEncoder().encode(text))).toBe(hex);
  });

  // Lengths around the 55/56/64-byte padding boundaries and multi-block messages.
  it.each([1, 55, 56, 57, 63, 64, 65, 119, 120, 1000])('matches node:crypto for %i bytes', (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
    expect(sha256Hex(bytes)).toBe(nodeSha256(bytes));
  });
});

describe('hintHash', () => {
  it('hashes the normalized text: width, case and whitespace do not matter', async () => {
    expect(normalizeHintText('  Ｉｍｐｒｏｖｅ\n  Onboarding\tSOON ')).toBe(
      'improve onboarding soon',
    );
    expect(hintHashSync('Improve   onboarding SOON')).toBe(hintHashSync('improve onboarding soon'));
    expect(await hintHash('Improve onboarding soon')).toBe(
      nodeSha256(new TextEncoder().encode('improve onboarding soon')),
    );
  });

  it('keeps diacritics apart (Vietnamese tăng is not tang)', () => {
    expect(hintHashSync('tăng doanh số')).not.toBe(hintHashSync('tang doanh so'));
  });
});
