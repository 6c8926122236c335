/**
 * UI language for the extension pages (builder, options): follows the browser, switchable in the
 * settings. Strings live beside their views as typed catalogs (`components/<area>/strings.ts`), so a
 * missing translation is a type error rather than a blank label. The manifest, context menu,
 * commands and the in-page card read `_locales` through `browser.i18n`.
 */
export const UI_LANGS = ['en', 'zh', 'ru', 'vi'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** `zh-CN`, `zh_TW`, `ru-RU`, `vi` → a UI language; anything else → English. */
export function uiLangFrom(locale: string | undefined | null): UiLang {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (UI_LANGS as readonly string[]).includes(base ?? '') ? (base as UiLang) : 'en';
}

export type Catalog<K extends string> = Record<UiLang, Record<K, string>>;
export type Translate<K extends string> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

/** `t('saved', { count: 3 })` with `{count}` placeholders; unknown placeholders stay visible. */
export function translator<K extends string>(catalog: Catalog<K>, lang: UiLang): Translate<K> {
  const strings = catalog[lang];
  return (key, params) =>
    strings[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}
