/**
 * Registers a tag once. Portals often include a script twice (template + article); a second definition of the
 * same tag would throw and stop the page's other scripts, so it warns instead.
 *
 * @example
 * defineElement('cw-worker-card', CwWorkerCard);
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`[community-widgets] <${tag}> is already defined by another script; keeping the first definition.`);
    return;
  }
  customElements.define(tag, ctor);
}
