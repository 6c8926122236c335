import { describe, expect, it } from 'vitest';
import { BUILDER_STRINGS } from '@/components/builder/strings';
import { UI_LANGS } from '@/lib/i18n';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('builder strings', () => {
  it.each(UI_LANGS.filter((l) => l !== 'en'))(
    '%s has every key, none empty, with the same parameters as English',
    (lang) => {
      for (const [key, english] of Object.entries(BUILDER_STRINGS.en)) {
        const text = BUILDER_STRINGS[lang][key as keyof typeof BUILDER_STRINGS.en];
        expect(text.trim(), key).not.toBe('');
        expect(params(text), key).toEqual(params(english));
      }
    },
  );

  it('offers the same number of standard KPIs in every language', () => {
    const count = BUILDER_STRINGS.en['kpi.list'].split('|').length;
    for (const lang of UI_LANGS)
      expect(BUILDER_STRINGS[lang]['kpi.list'].split('|')).toHaveLength(count);
  });
});
