// Crockford base32 without I, L, O, U: codes are read aloud over the phone and typed by residents.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short, readable receipt code such as `SV-7K3Q9D`. */
export function receiptCode(prefix: string, length = 6): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return `${prefix}-${Array.from(bytes, (b) => ALPHABET[b % 32]).join('')}`;
}

/** An unguessable token that authorises cancelling a signup. */
export function secretToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');
}
