import { specFrom, type EmbedSpec } from './embed-spec.js';
import { isWidgetName } from './widgets.js';

/** `class="cw-worker-card"` names the widget only for known names: `cw-fallback` and the like are page classes. */
function nameFromClass(element: Element): string | undefined {
  for (const name of element.classList) if (name.startsWith('cw-') && isWidgetName(name.slice(3))) return name.slice(3);
  return undefined;
}

/**
 * The widget a `<div data-cw="worker-card" data-worker="W-0101">` or `<div class="cw-worker-card" data-worker="…">`
 * asks for: the form for editors that keep `class` and `data-*` (TinyMCE, DOMPurify, UEditor's class).
 *
 * @example
 * dataSpec(div); // { name: 'worker-card', attributes: [['worker', 'W-0101']] }
 */
export function dataSpec(element: HTMLElement): EmbedSpec | undefined {
  const name = element.dataset.cw ?? nameFromClass(element);
  // `data-heading-level` is `dataset.headingLevel`: read the attribute by its real name instead.
  return name ? specFrom(name, (key) => element.getAttribute(`data-${key}`)) : undefined;
}
