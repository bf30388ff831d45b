import type { Locale } from './config.js';

export const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

/**
 * Maps a BCP 47 tag to one of our catalogs. Portals use `zh-CN`, `zh-TW`, `zh-HK`, `zh-Hant-TW`, `en-US` …;
 * Traditional is chosen by script subtag or by region (TW, HK, MO).
 */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (!lower.startsWith('zh')) return undefined;
  if (/\bhant\b/.test(lower) || /-(tw|hk|mo)\b/.test(lower)) return 'zh-Hant';
  return 'zh-Hans';
}
