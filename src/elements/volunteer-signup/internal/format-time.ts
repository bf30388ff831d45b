import type { Locale } from '../../../core/config.js';

/** Activities happen in China: their times read the same wherever the resident's phone thinks it is. */
export const ACTIVITY_TIME_ZONE = 'Asia/Shanghai';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: ACTIVITY_TIME_ZONE })));
  return format;
}

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/**
 * Date with weekday and time, e.g. `2026年12月12日周六 09:00`.
 *
 * @example
 * formatDateTime('2026-12-10T18:00:00+08:00', 'zh-Hans'); // → '2026年12月10日周四 18:00'
 */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return `${formatter(locale, DATE).format(date)} ${formatter(locale, TIME).format(date)}`;
}

/**
 * An activity's time span; the date is written once when both ends fall on the same day in China.
 *
 * @example
 * formatTimeRange('2026-12-12T09:00:00+08:00', '2026-12-12T11:30:00+08:00', 'en'); // → 'Sat, December 12, 2026 09:00–11:30'
 */
export function formatTimeRange(startIso: string, endIso: string, locale: Locale): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const day = formatter(locale, DATE);
  const time = formatter(locale, TIME);
  if (day.format(start) === day.format(end)) return `${day.format(start)} ${time.format(start)}–${time.format(end)}`;
  return `${formatDateTime(startIso, locale)} – ${formatDateTime(endIso, locale)}`;
}

/** `YYYY-MM-DD` of an instant in China, the value format of `<input type="date">`. */
export function chinaDate(date: Date): string {
  const parts = formatter('en', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The first or last instant of a `YYYY-MM-DD` day in China, as the ISO date-time the adapter queries take. */
export function dayBoundary(day: string, edge: 'start' | 'end'): string {
  return `${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}+08:00`;
}
