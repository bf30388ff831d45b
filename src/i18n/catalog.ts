import type { Locale } from '../core/config.js';

// Message functions take positional arguments of differing types; `never[]` accepts any signature.
export type Messages = Record<string, string | ((...args: never[]) => string) | Readonly<Record<string, string>>>;

/**
 * One widget's strings in all three locales. zh-Hans is the source: its shape is the type the other two must
 * match, so a missing or misspelt key in zh-Hant or en fails `tsc`.
 *
 * @example
 * export const cardMessages = defineMessages({ call: '拨打' }, { 'zh-Hant': { call: '撥打' }, en: { call: 'Call' } });
 * cardMessages[this.locale.value].call;
 */
export function defineMessages<T extends Messages>(source: T, translations: { 'zh-Hant': T; en: T }): Record<Locale, T> {
  return { 'zh-Hans': source, 'zh-Hant': translations['zh-Hant'], en: translations.en };
}
