import type { Locale } from '../../../core/config.js';
import type { Survey } from '../../../model/survey.js';

/** Whether answers are accepted now: between `opensAt` and `closesAt`, where given. */
export function isOpen(survey: Survey, now = Date.now()): boolean {
  const opens = survey.opensAt ? Date.parse(survey.opensAt) : -Infinity;
  const closes = survey.closesAt ? Date.parse(survey.closesAt) : Infinity;
  return opens <= now && now <= closes;
}

const LOCALE_TAGS: Record<Locale, string> = { 'zh-Hans': 'zh-Hans-CN', 'zh-Hant': 'zh-Hant-TW', en: 'en-GB' };

/** A date as residents read it; in China time, where the surveys are run. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}
