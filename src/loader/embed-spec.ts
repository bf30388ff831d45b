import { allowedAttributes, BOOLEAN_ATTRIBUTES, isWidgetName, type WidgetName } from './widgets.js';

/** A widget an editor asked for in a link or a `div`: its name and the allow-listed attributes, as text. */
export interface EmbedSpec {
  name: WidgetName;
  attributes: [name: string, value: string][];
}

/** An `id` must stay an id: no spaces, nothing that could clobber a global like `CommunityWidgets`. */
const ID = /^[A-Za-z][\w-]{0,63}$/;
/** Room for any real id or community name, not for a payload. */
const MAX_LENGTH = 200;
const FALSE = new Set(['false', '0', 'no', 'off']);

/**
 * Builds the spec from settings read by `get` (URL parameters or `data-*`), or `undefined` for an unknown
 * widget. Unknown settings are dropped without a word: editors add all sorts of tracking parameters.
 *
 * @example
 * specFrom('worker-card', (key) => params.get(key)); // { name: 'worker-card', attributes: [['worker', 'W-0101']] }
 */
export function specFrom(name: string | null | undefined, get: (key: string) => string | null | undefined): EmbedSpec | undefined {
  const widget = name?.trim().toLowerCase();
  if (!widget || !isWidgetName(widget)) return undefined;
  const attributes: EmbedSpec['attributes'] = [];
  for (const key of allowedAttributes(widget)) {
    const value = get(key)?.trim();
    if (value == null || value.length > MAX_LENGTH) continue;
    if (key === 'id' && !ID.test(value)) continue;
    if (BOOLEAN_ATTRIBUTES.has(key)) {
      if (!FALSE.has(value.toLowerCase())) attributes.push([key, '']);
    } else attributes.push([key, value]);
  }
  return { name: widget, attributes };
}
