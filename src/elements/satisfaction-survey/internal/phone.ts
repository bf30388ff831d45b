/** Full-width digits and signs, as Chinese input methods type them, to ASCII. */
function toHalfWidth(raw: string): string {
  return raw.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * A mainland mobile or landline number in one canonical form, or `undefined` when it is neither:
 * `13912345678` for mobiles, `0519-86600000` / `010-12345678` for landlines (area code required, because a
 * caller elsewhere cannot guess it). Spaces, dashes, dots, brackets, full-width digits and a +86 / 0086 prefix
 * are accepted.
 *
 * @example
 * normalizePhone('+86 139 1234 5678'); // '13912345678'
 * normalizePhone('(0519)8660 0000'); // '0519-86600000'
 * normalizePhone('12345'); // undefined
 */
export function normalizePhone(raw: string): string | undefined {
  let digits = toHalfWidth(raw).replace(/[\s\-().]/g, '');
  if (!/^\+?\d+$/.test(digits)) return undefined;
  const international = /^(\+86|0086)/.exec(digits);
  if (international) digits = digits.slice(international[0].length);
  else if (/^861[3-9]\d{9}$/.test(digits)) digits = digits.slice(2);
  // An international landline drops the trunk 0 (+86 519 …): put it back.
  if (international && !digits.startsWith('0') && !digits.startsWith('1')) digits = `0${digits}`;

  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  // 010 and 02x are three-digit area codes with 8-digit numbers; the rest have four digits and 7–8.
  const short = /^(0(?:10|2\d))(\d{8})$/.exec(digits);
  if (short) return `${short[1]}-${short[2]}`;
  const long = /^(0[3-9]\d{2})(\d{7,8})$/.exec(digits);
  return long ? `${long[1]}-${long[2]}` : undefined;
}
