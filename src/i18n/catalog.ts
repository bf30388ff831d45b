import type { Locale } from '../core/config.js';

// Message functions take positional arguments of differing types; `never[]` accepts any signature.
export type Messages = Record<string, string | ((...args: never[]) => string) | Readonly<Record<string, string>>>;

type Translated = Exclude<Locale, 'zh-Hans'>;
type Loader<T> = () => Promise<{ default: T }>;

/**
 * One widget's strings. zh-Hans, the source, ships with the widget; zh-Hant and English arrive from their own
 * chunks when a page first shows that language, so a page in one language does not download the other two.
 */
export interface Catalog<T extends Messages = Messages> {
  /** The strings for `locale` if they have arrived, else the source strings. */
  of(locale: Locale): T;
  has(locale: Locale): boolean;
  /** Fetches a language's strings; a failed fetch is forgotten so the next call tries again. */
  load(locale: Locale): Promise<void>;
}

/**
 * Declares a catalog. Each translation module default-exports an object that `satisfies` the source's type, so a
 * missing or misspelt key fails `tsc`.
 *
 * @example
 * const source = { call: '拨打' };
 * export type CardMessages = typeof source;
 * export const cardMessages = defineCatalog(source, { 'zh-Hant': () => import('./zh-Hant/card.js'), en: () => import('./en/card.js') });
 * cardMessages.of(this.locale).call;
 */
export function defineCatalog<T extends Messages>(source: T, loaders: Record<Translated, Loader<T>>): Catalog<T> {
  const loaded: Partial<Record<Locale, T>> = { 'zh-Hans': source };
  const pending: Partial<Record<Locale, Promise<void>>> = {};
  return {
    of: (locale) => loaded[locale] ?? source,
    has: (locale) => locale in loaded,
    load(locale) {
      if (locale === 'zh-Hans' || loaded[locale]) return Promise.resolve();
      return (pending[locale] ??= loaders[locale]().then(
        (module) => {
          loaded[locale] = module.default;
        },
        (error: unknown) => {
          delete pending[locale];
          throw error;
        },
      ));
    },
  };
}

/** Loads `locale` for every catalog; resolves true when all arrived. */
export function loadCatalogs(catalogs: readonly Catalog[], locale: Locale): Promise<boolean> {
  return Promise.all(catalogs.map((catalog) => catalog.load(locale))).then(
    () => true,
    (error: unknown) => {
      console.warn(`[community-widgets] could not load the ${locale} strings:`, error);
      return false;
    },
  );
}
