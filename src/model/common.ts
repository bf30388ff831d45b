import * as v from 'valibot';

/** Ids appear in attributes, URLs and IndexedDB keys, so keep them to a safe, boring alphabet. */
export const IdSchema = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(64, 'must be at most 64 characters'),
  v.regex(/^[A-Za-z0-9._:-]+$/, 'may contain only letters, digits and . _ : -'),
);

/** Plain text of bounded length. Never markup: widgets render it as text. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
export const requiredText = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

/** ISO 8601 date-time with an offset or Z, e.g. `2026-05-01T09:00:00+08:00`. */
export const DateTimeSchema = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 date-time with an offset'));

export const UrlTextSchema = v.pipe(v.string(), v.maxLength(2048, 'must be at most 2048 characters'));

/** Mainland phone numbers as published on notice boards: mobiles, landlines with area code, hotlines. */
export const PhoneNumberSchema = v.pipe(
  v.string(),
  v.regex(/^\+?[0-9][0-9 ()-]{2,22}[0-9]$/, 'must be a phone number (digits, spaces, -, + and parentheses)'),
);

export const NonNegativeInt = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
