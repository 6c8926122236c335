import { describe, expect, it } from 'vitest';
import { OPTIONS_STRINGS } from '@/components/options/strings';
import { UI_LANGS } from '@/lib/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('options strings', () => {
  it.each(UI_LANGS.filter((lang) => lang !== 'en'))(
    '%s has the same placeholders as English and no blank string',
    (lang) => {
      for (const [key, english] of Object.entries(OPTIONS_STRINGS.en)) {
        const text = OPTIONS_STRINGS[lang][key as keyof typeof OPTIONS_STRINGS.en];
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english));
      }
    },
  );
});
