import type { EmbedSpec } from './embed-spec.js';

/**
 * Puts the widget where the editor's link or `div` was. A link stays inside as the widget's fallback content
 * (it still leads to the plain page until the widget has upgraded); a `div` hands over its children.
 * Attribute values are set as text, never parsed as markup.
 *
 * @example
 * const card = mountWidget(anchor, { name: 'worker-card', attributes: [['worker', 'W-0101']] });
 */
export function mountWidget(source: Element, spec: EmbedSpec): HTMLElement {
  const widget = document.createElement(`cw-${spec.name}`);
  for (const [name, value] of spec.attributes) widget.setAttribute(name, value);
  source.replaceWith(widget);
  if (source.localName === 'a') widget.append(source);
  else widget.append(...source.childNodes);
  return widget;
}
