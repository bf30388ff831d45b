/** JSON values, which is all an OpenAPI document is. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

// Plain (unquoted) only when YAML cannot read it as anything but this string; everything else is written as
// a JSON string, which is valid YAML with the same escapes.
const PLAIN = /^[A-Za-z_/$][A-Za-z0-9_./$-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

function scalar(value: null | boolean | number | string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return PLAIN.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
  return String(value);
}

const isEmptyCollection = (value: JsonValue) =>
  (Array.isArray(value) && value.length === 0) || (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

function inline(value: JsonValue): string {
  if (Array.isArray(value)) return '[]';
  if (value !== null && typeof value === 'object') return '{}';
  return scalar(value);
}

/** Prose (several lines) as a literal block, which reads like the text it is; `|-` drops the final newline. */
const isBlockText = (value: JsonValue): value is string =>
  typeof value === 'string' && value.includes('\n') && !value.endsWith('\n') && !/^\s/.test(value) && !/[\r\t]| \n/.test(value);

function block(text: string, indent: string): string[] {
  return text.split('\n').map((line) => (line ? `${indent}${line}` : ''));
}

function lines(value: JsonValue, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (item === null || typeof item !== 'object' || isEmptyCollection(item)) return [`${indent}- ${inline(item)}`];
      const [first, ...rest] = lines(item, `${indent}  `);
      return [`${indent}- ${first!.trimStart()}`, ...rest];
    });
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const name = scalar(key);
      if (isBlockText(item)) return [`${indent}${name}: |-`, ...block(item, `${indent}  `)];
      if (item === null || typeof item !== 'object' || isEmptyCollection(item)) return [`${indent}${name}: ${inline(item)}`];
      return [`${indent}${name}:`, ...lines(item, `${indent}  `)];
    });
  }
  return [`${indent}${scalar(value)}`];
}

/**
 * Block-style YAML for a JSON value, deterministic (key order kept) so a regenerated file can be compared
 * byte for byte with the committed one.
 *
 * @example
 * toYaml({ openapi: '3.1.0', paths: {} }); // 'openapi: "3.1.0"\npaths: {}\n'
 */
export function toYaml(value: JsonValue): string {
  return `${lines(value, '').join('\n')}\n`;
}
