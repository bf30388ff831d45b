/** The element's ancestors, stepping out of shadow roots through their hosts, nearest first. */
export function* composedAncestors(start: Element): Generator<Element> {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element) yield node;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
}
