import { describe, expect, it } from 'vitest';
import { translator, uiLangFrom, type Catalog } from '@/lib/i18n';

describe('uiLangFrom', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh_TW', 'zh'],
    ['ru-RU', 'ru'],
    ['vi', 'vi'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (locale, lang) => {
    expect(uiLangFrom(locale)).toBe(lang);
  });
});

describe('translator', () => {
  const catalog: Catalog<'saved' | 'plain'> = {
    en: { saved: 'Saved {count} drafts', plain: 'Plain' },
    zh: { saved: '已保存 {count} 个草稿', plain: '普通' },
    ru: { saved: 'Сохранено черновиков: {count}', plain: 'Просто' },
    vi: { saved: 'Đã lưu {count} bản nháp', plain: 'Thường' },
  };
  it('fills placeholders in the chosen language and leaves unknown ones visible', () => {
    expect(translator(catalog, 'zh')('saved', { count: 3 })).toBe('已保存 3 个草稿');
    expect(translator(catalog, 'en')('saved')).toBe('Saved {count} drafts');
    expect(translator(catalog, 'ru')('plain')).toBe('Просто');
  });
});
