import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { DataAdapter } from '../../adapters/data-adapter.js';
import { adapterFor } from '../../core/adapter-registry.js';
import type { Locale, RenderMode, WidgetConfig } from '../../core/config.js';
import { providerContext, type ProviderValue } from '../../core/contexts.js';
import type { CwEvent } from '../../core/events.js';

/**
 * @tagname cw-provider
 * @summary Gives every widget inside it one data source and shared settings, across shadow roots.
 *
 * Widgets inside a provider share one adapter (the data file is fetched once), and a worker card without its own
 * `worker`/`grid` follows the grid last selected on any map inside the same provider.
 *
 * @slot - The page content holding widgets.
 *
 * @example
 * <cw-provider src="/data/tianning.json" elder-selector="body.oldman">
 *   <cw-grid-map></cw-grid-map>
 *   <cw-worker-card></cw-worker-card>
 * </cw-provider>
 */
export class CwProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the static JSON data file. */
  @property() src?: string;
  /** Base URL of a REST backend (takes precedence over `src` when both are set). */
  @property() api?: string;
  /** Elder mode for every widget inside. */
  @property({ type: Boolean }) elder?: boolean;
  /** Selector for the portal's own 长者模式 marker on `<html>`/`<body>`. */
  @property({ attribute: 'elder-selector' }) elderSelector?: string;
  /** Forces a language for every widget inside; by default they follow `lang`. */
  @property() locale?: Locale;
  @property({ attribute: 'render' }) renderMode?: RenderMode;
  /** Hosts besides the page's own from which worker photos may load (space-separated). */
  @property({ attribute: 'image-hosts', converter: (value) => value?.split(/\s+/).filter(Boolean) }) imageHosts?: string[];
  /** Offer "read aloud" buttons in every widget inside. */
  @property({ type: Boolean }) speak?: boolean;
  /** A custom adapter object; takes precedence over `src` and `api`. */
  @property({ attribute: false }) adapter?: DataAdapter;

  @state() private selectedGridId?: string;

  private readonly context = new ContextProvider(this, { context: providerContext });

  constructor() {
    super();
    this.addEventListener('cw-grid-select', (event: CwEvent<'cw-grid-select'>) => {
      this.selectedGridId = event.detail.gridId;
    });
  }

  override willUpdate(): void {
    const config: WidgetConfig = {
      data: this.src,
      api: this.api,
      elder: this.elder || undefined,
      elderSelector: this.elderSelector,
      locale: this.locale,
      render: this.renderMode,
      imageHosts: this.imageHosts,
      speak: this.speak || undefined,
    };
    const value: ProviderValue = {
      config,
      adapter: this.adapter ?? adapterFor({ api: this.api, data: this.src }),
      selectedGridId: this.selectedGridId,
    };
    this.context.setValue(value);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
