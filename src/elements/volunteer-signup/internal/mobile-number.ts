/**
 * A mainland mobile as residents type it — `138 0000 0000`, `138-0000-0000`, `+86 138…`, `0086138…`,
 * full-width digits from a Chinese IME — reduced to its 11 digits, or `undefined` when it is not one.
 *
 * @example
 * normalizeMobile('+86 138-0013-8000'); // → '13800138000'
 * normalizeMobile('0519-86600000');     // → undefined (a landline)
 */
export function normalizeMobile(raw: string): string | undefined {
  const halfWidth = raw.replace(/[\uff10-\uff19\uff0b]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const compact = halfWidth.replace(/[\s\u3000()\-–—.]/g, '');
  const digits = compact.replace(/^(?:\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined;
}
