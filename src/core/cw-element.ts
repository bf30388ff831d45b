import { LitElement, type CSSResultOrNative, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { DataAdapter } from '../adapters/data-adapter.js';
import { adapterFor } from './adapter-registry.js';
import { adapterSource, resolveConfig, type Locale, type RenderMode, type WidgetConfig } from './config.js';
import { providerContext, type ProviderValue } from './contexts.js';
import { ElderModeController } from './elder-controller.js';
import type { CwEventMap, CwEventName } from './events.js';
import { LocaleController } from './locale-controller.js';
import { nextTask } from './next-task.js';
import { composedAncestors } from './ancestors.js';
import { PAGE_CONFIG_CHANGE, pageConfig } from './page-config.js';
import type { Catalog } from '../i18n/catalog.js';
import { commonMessages } from '../i18n/common.js';

/**
 * Base of every widget: configuration in the order element → `<cw-provider>` → page config, the language
 * and elder mode that follow the page, and a typed `emit`.
 */
export abstract class CwElement extends LitElement {
  /** The string catalogs the widget renders from: their language is fetched before the widget shows it. */
  static catalogs: readonly Catalog[] = [commonMessages];

  /** URL of a static JSON data file for this widget alone. */
  @property() src?: string;
  /** Base URL of a REST backend for this widget alone. */
  @property() api?: string;
  /** Elder mode (长者模式): larger text and targets, stronger contrast, no motion. */
  @property({ type: Boolean }) elder = false;
  /** `light` renders into the page instead of a shadow root, for portal toolbars that cannot see inside one. */
  @property({ attribute: 'render' }) renderMode: RenderMode | undefined;
  /** Offer "read aloud" buttons on long content (where the browser can speak). */
  @property({ type: Boolean }) speak = false;
  /** An adapter object; takes precedence over `data` and `api`. */
  @property({ attribute: false }) adapter?: DataAdapter;

  protected readonly localeController = new LocaleController(
    this,
    () => this.config.locale,
    () => (this.constructor as typeof CwElement).catalogs,
  );
  protected readonly elderMode = new ElderModeController(this, {
    attribute: () => this.elder,
    configured: () => this.config.elder,
    selector: () => this.config.elderSelector,
  });

  private static instances = 0;
  /** Prefix for ids inside the widget: unique in the page, since light DOM shares one id space. */
  protected readonly idPrefix = `cw${++CwElement.instances}`;

  private readonly provider = new ContextConsumer(this, { context: providerContext, subscribe: true });
  private readonly onPageConfig = () => this.requestUpdate();
  /**
   * A `<cw-provider>` defined after this widget (its file arrived later, whether through the loader or a script
   * tag of its own) did not hear the request the widget made on connecting: ask again when one appears, until one
   * answers.
   */
  private readonly onProviderAppeared = (event: Event) => {
    if ((event as Event & { context?: unknown }).context !== providerContext) return;
    if (this.provider.value === undefined) this.provider.hostConnected();
    if (this.provider.value !== undefined) document.removeEventListener('context-provider', this.onProviderAppeared);
  };

  protected get locale(): Locale {
    return this.localeController.value;
  }

  /** The language the widget shows now (read by controllers). */
  get currentLocale(): Locale {
    return this.localeController.value;
  }

  /** The language the widget will show once its strings have arrived: what to start loading for. */
  get targetLocale(): Locale {
    return this.localeController.target;
  }

  /** The provider's value, if this widget sits inside a `<cw-provider>`. */
  protected get providerValue(): ProviderValue | undefined {
    return this.provider.value;
  }

  /** Settings after the most-specific-wins merge. */
  get config(): WidgetConfig {
    const own: Partial<WidgetConfig> = { data: this.src, api: this.api, adapter: this.adapter, render: this.renderMode, speak: this.speak || undefined };
    return resolveConfig(own, this.providerValue?.config, pageConfig());
  }

  /** The adapter in force, or `undefined`: the widget then shows its not-configured state. */
  get resolvedAdapter(): DataAdapter | undefined {
    const own: Partial<WidgetConfig> = { data: this.src, api: this.api, adapter: this.adapter };
    const providerLayer = this.providerValue && { ...this.providerValue.config, adapter: this.providerValue.adapter };
    return adapterFor(adapterSource(own, providerLayer, pageConfig()));
  }

  /** Set in light DOM: settles once the widget's styles are adopted into the page (or could not be loaded). */
  private lightStylesReady: Promise<void> | undefined;
  /** Set in shadow DOM until the first render: shows the fallback content meanwhile. */
  private fallbackSlot: HTMLSlotElement | undefined;

  /**
   * Shadow DOM by default; light DOM when `render="light"` is set on the element, on an enclosing
   * `<cw-provider>`, or in the page config — decided once, before the first render. Context is not connected
   * yet at this point, so the provider's attribute is read directly.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.lightDomRequested()) {
      this.setAttribute('data-cw-light', '');
      const styles = (this.constructor as typeof LitElement).elementStyles as CSSResultOrNative[];
      const root = this.getRootNode() as Document | ShadowRoot;
      // The rewriting code is fetched only by pages that render in light DOM; the first render waits for it (see
      // scheduleUpdate), so the widget never shows unstyled. If it cannot load, the widget still works, unstyled.
      this.lightStylesReady = import('./light-dom-styles.js').then(
        ({ adoptLightStyles }) => adoptLightStyles(this.localName, styles, root),
        (error: unknown) => console.warn('[community-widgets] could not load the light-DOM styles:', error),
      );
      // Fallback content (a phone link for browsers without scripts) gives way to the widget: light DOM has no slots.
      this.replaceChildren();
      return this;
    }
    const root = super.createRenderRoot();
    // An empty shadow root would hide the fallback content from now until the first render, which may wait for a
    // language's strings: a slot keeps it in view until then.
    this.fallbackSlot = root.appendChild(document.createElement('slot'));
    return root;
  }

  protected override update(changed: PropertyValues): void {
    this.fallbackSlot?.remove();
    this.fallbackSlot = undefined;
    super.update(changed);
  }

  private lightDomRequested(): boolean {
    const own = this.getAttribute('render');
    if (own) return own === 'light';
    for (const ancestor of composedAncestors(this)) {
      if (ancestor !== this && ancestor.localName === 'cw-provider' && ancestor.hasAttribute('render')) {
        return ancestor.getAttribute('render') === 'light';
      }
    }
    return pageConfig().render === 'light';
  }

  /**
   * The first render waits for the page language's strings (a page in zh-Hant or English fetches them once) and,
   * in light DOM, for the widget's rewritten styles. It also runs in a task of its own: the script's evaluation
   * and the widget's upgrade are one task already, and on a slow phone the two together blocked the page for
   * longer than a tap may wait (50 ms). The data request does not wait for it (see DataController). A frame may
   * be painted in between, so every widget's host keeps the height the loader reserved (`min-height`) from the
   * upgrade on: the fallback content shown meanwhile must not move what is below.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return this.localeController.beforeFirstUpdate(false, () =>
      Promise.all([this.lightStylesReady, nextTask()]).then(() => super.scheduleUpdate()),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(PAGE_CONFIG_CHANGE, this.onPageConfig);
    if (this.provider.value === undefined) document.addEventListener('context-provider', this.onProviderAppeared);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(PAGE_CONFIG_CHANGE, this.onPageConfig);
    document.removeEventListener('context-provider', this.onProviderAppeared);
  }

  /** Sends a typed `cw-*` event that bubbles out of shadow roots. */
  protected emit<K extends CwEventName>(name: K, detail: CwEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
