import { describe, expect, it } from 'vitest';
import { DRAFTS_STRINGS } from '@/components/drafts/strings';
import { UI_LANGS } from '@/lib/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('drafts strings', () => {
  it.each(UI_LANGS.filter((lang) => lang !== 'en'))(
    '%s has the same placeholders as English and no blank or untranslated string',
    (lang) => {
      for (const [key, english] of Object.entries(DRAFTS_STRINGS.en)) {
        const text = DRAFTS_STRINGS[lang][key as keyof typeof DRAFTS_STRINGS.en];
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english));
        expect(text, key).not.toBe(english);
      }
    },
  );
});
