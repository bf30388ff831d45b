import { dataSpec } from './data-form.js';
import type { EmbedSpec } from './embed-spec.js';
import { linkSpec } from './link-form.js';
import { loaderOptions } from './loader-options.js';
import { mountWidget } from './mount-widget.js';
import { isElementName, WIDGET_TAGS, type ElementName } from './widgets.js';

/** Loads the module that defines one element; the dist entry imports `./elements/<name>.js` next to itself. */
export type ImportElement = (name: ElementName) => Promise<unknown>;
/** Called for every widget found, before its definition is imported: e.g. to start fetching what it will need. */
export type PrepareElement = (name: ElementName, element: Element) => void;

type Root = Document | ShadowRoot | Element;

const WIDGET_SELECTOR = WIDGET_TAGS.join(',');
const settled = (promise: Promise<unknown>) => promise.then(
  () => undefined,
  () => undefined,
);

/**
 * Finds `cw-*` tags — in the document, in open shadow roots, and in content added later — and imports only the
 * definitions they need, each once. Links and `div`s that name a widget become that widget first.
 *
 * @example
 * const loader = new Autoloader((name) => import(`/static/cw/elements/${name}.js`));
 * loader.mount();
 * await loader.ready;
 */
export class Autoloader {
  private readonly importElement: ImportElement;
  private readonly prepare: PrepareElement | undefined;
  private readonly imports = new Map<ElementName, Promise<void>>();
  private readonly warned = new Set<string>();
  /** Widgets found but not yet upgraded: what `ready` waits for. */
  private readonly upgrades = new Set<Promise<void>>();
  private readonly observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) this.scan(node);
  });

  constructor(importElement: ImportElement, prepare?: PrepareElement) {
    this.importElement = importElement;
    this.prepare = prepare;
  }

  /**
   * Upgrades what is inside `root` now and watches it for more; returns `ready`. Call it for a closed shadow
   * root the loader cannot see, or any root the page builds before inserting it.
   */
  mount(root: Root = document): Promise<void> {
    // Observing a root again only replaces the same options: no duplicate records.
    if (!(root instanceof Element)) this.observer.observe(root, { childList: true, subtree: true });
    this.scan(root);
    return this.ready;
  }

  /**
   * Resolves once every widget found so far is defined and has rendered. A definition that fails to load does
   * not reject: that widget keeps its fallback content and the console says which file failed.
   */
  get ready(): Promise<void> {
    return (async () => {
      while (this.upgrades.size) await Promise.all(this.upgrades);
    })();
  }

  /** Stops watching for new content (for tests and single-page apps tearing down). */
  disconnect(): void {
    this.observer.disconnect();
  }

  private scan(root: Root): void {
    const options = loaderOptions();
    const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : [...root.querySelectorAll('*')];
    for (const element of elements) {
      const tag = element.localName;
      if (tag.startsWith('cw-')) {
        this.request(element);
        continue;
      }
      // Fallback content of a widget is left as written, links included.
      if (element.parentElement?.closest(WIDGET_SELECTOR)) continue;
      let spec: EmbedSpec | undefined;
      if (element instanceof HTMLAnchorElement) spec = linkSpec(element, options);
      else if (options.dataAttributes && element instanceof HTMLElement) spec = dataSpec(element);
      if (spec) this.request(mountWidget(element, spec));
      else this.enter(element);
    }
  }

  /** Looks inside another component's open shadow root, now or once that component is defined. */
  private enter(element: Element): void {
    if (element.shadowRoot) this.mount(element.shadowRoot);
    else if (element.localName.includes('-') && !customElements.get(element.localName)) {
      void customElements.whenDefined(element.localName).then(() => element.shadowRoot && this.mount(element.shadowRoot));
    }
  }

  private request(element: Element): void {
    const tag = element.localName;
    const name = tag.slice(3);
    if (!isElementName(name)) {
      if (!customElements.get(tag) && !this.warned.has(tag)) {
        this.warned.add(tag);
        console.warn(`[community-widgets] unknown widget <${tag}>: check the spelling.`);
      }
      return;
    }
    const defined = !!customElements.get(tag);
    const upgrade = settled(
      this.load(name)
        .then(() => customElements.whenDefined(tag))
        .then(() => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
    );
    // After the element's own file is asked for: that request comes first.
    if (!defined) this.prepare?.(name, element);
    this.upgrades.add(upgrade);
    void upgrade.then(() => this.upgrades.delete(upgrade));
  }

  /**
   * One import per element, started at once: definitions arrive in any order (a widget defined before its
   * `<cw-provider>` asks that provider again when it appears: CwElement).
   */
  private load(name: ElementName): Promise<void> {
    let loading = this.imports.get(name);
    if (!loading) {
      loading = this.importElement(name).then(
        () => undefined,
        (error: unknown) => {
          console.warn(`[community-widgets] <cw-${name}> failed to load; its fallback stays.`, error);
          throw error;
        },
      );
      this.imports.set(name, loading);
    }
    return loading;
  }
}
