import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CwElement } from '../../core/cw-element.js';
import { DataController, type DataState } from '../../core/data-controller.js';
import { telUrl } from '../../core/safe-url.js';
import { renderError, renderState } from '../../core/state-views.js';
import { shared } from '../../core/styles/shared.js';
import { tokens } from '../../core/styles/tokens.js';
import { commonMessages } from '../../i18n/common.js';
import { gridMapMessages } from '../../i18n/grid-map.js';
import type { Position } from '../../model/geo.js';
import type { Grid } from '../../model/index.js';
import { AdapterError } from '../../adapters/adapter-error.js';
import { baseMapFrom, dataCrsFrom, type BaseMapKind } from './base-map-settings.js';
import { loadEngine, adoptEngineStyles, type Engine } from './engine-loader.js';
import { geolocate, geolocationAvailable } from './geolocate.js';
import { loadGridMapData, type GridMapData, type PointsSetting } from './grid-map-data.js';
import { gridMapStyles } from './grid-map.styles.js';
import { filterGrids } from './grid-list-filter.js';
import type { GridIndex } from './internal/find-grid.js';
import type { GridMapView, MapCrs, MapViewport } from './internal/types.js';
import { nextIndex } from './list-navigation.js';
import { parsePoint } from './parse-point.js';
import { pointsAttribute, pointsKey } from './points-attribute.js';
import { styleFromTokens } from './style-from-tokens.js';

/** How a selection came about, as `cw-grid-select` reports it. */
type SelectSource = 'pointer' | 'keyboard' | 'locate' | 'search' | 'api';

/**
 * @tagname cw-grid-map
 * @summary The community's grids on a map with a searchable list: find "my grid" and reach its workers.
 *
 * The map engine (Leaflet with canvas tiles) loads only when there are grids to draw. Every grid is also an option in
 * a list beside (or, on a phone, below) the map, so the map works by keyboard and with a screen reader: arrow keys
 * move through the list and outline the grid on the map, Enter or Space selects it. "Find my grid" asks for the
 * device's position only when the resident presses the button; coordinates can be typed instead. A
 * `cw-worker-card` inside the same `<cw-provider>`, or with `for` set to this map's id, shows the selected grid's team.
 *
 * With `base-map="none"` (the default) the map requests nothing from the network. With a base map, its source and
 * 审图号 appear at the lower left.
 *
 * @attr src - URL of a static JSON data file (else the provider's or the page's).
 * @attr api - Base URL of a REST backend.
 * @attr community - Show only this community's grids (and service points).
 * @attr selected - Id of the selected grid; reflects the resident's choice.
 * @attr base-map - `none` (default), `tianditu` or `xyz`.
 * @attr tk - The Tianditu browser key, for `base-map="tianditu"`.
 * @attr tile-url - Tile URL template (`…/{z}/{x}/{y}.png`), for `base-map="xyz"`.
 * @attr attribution - The tile source, shown at the lower left, for `base-map="xyz"`.
 * @attr review-number - The map's 审图号, e.g. `审图号：GS(2024)0568号`, shown with the source.
 * @attr crs - Coordinate system of the data: `cgcs2000` (default), `wgs84`, `gcj02` or `bd09`. Typed coordinates are read in it too.
 * @attr points - Show service points: `points` for all, or a list of kinds (`points="meal childcare"`).
 * @attr elder - Elder mode: larger text, labels and targets, stronger contrast.
 * @attr heading-level - Level of the panel headings in the page outline (default 3).
 *
 * @fires cw-grid-select - A grid was chosen: `detail.gridId`, `code`, `name`, `source` (pointer, keyboard, locate, search, api).
 * @fires cw-ready - Data is shown.
 * @fires cw-error - Loading failed; `detail.code` names why.
 *
 * @csspart map - The map frame (its height is reserved before data arrives).
 * @csspart panel - Find-my-grid controls and the grid list.
 * @csspart locate - The "use my location" button (left out on http pages, where browsers give no position).
 * @csspart point-form - The coordinate input and its button.
 * @csspart status - The line announcing the selection or why locating failed.
 * @csspart filter - The list's filter input.
 * @csspart list - The list of grids (a listbox).
 * @csspart option - One grid in the list.
 * @csspart notice - The note that some grids could not be drawn.
 * @csspart point-info - Details of the activated service point.
 * @csspart state - Loading, empty, error and not-configured boxes (with `loading`, `empty`, `error`, `not-configured`).
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --cw-map-height - Height of the map (default 24em; 28em in elder mode).
 * @cssprop --cw-map-fill - Grid fill colour (default `--cw-color-link`).
 * @cssprop --cw-map-stroke - Grid outline colour (default `--cw-color-link`).
 * @cssprop --cw-map-selected-fill - Selected grid fill (default `--cw-color-primary`).
 * @cssprop --cw-map-selected-stroke - Selected grid outline (default `--cw-color-primary`).
 * @cssprop --cw-map-hover-stroke - Outline under the pointer (default `--cw-color-text`).
 * @cssprop --cw-color-focus - Outline of the grid focused in the list.
 * @cssprop --cw-target-size - Minimum size of buttons and list options (2.75em; 60px in elder mode).
 *
 * @example
 * <cw-provider src="/data/tianning.json">
 *   <cw-grid-map id="map" community="局前街社区" points></cw-grid-map>
 *   <cw-worker-card for="map"></cw-worker-card>
 * </cw-provider>
 */
export class CwGridMap extends CwElement {
  static override styles = [tokens, shared, gridMapStyles];
  static override catalogs = [commonMessages, gridMapMessages];

  @property() community?: string;
  @property({ reflect: true }) selected?: string;
  @property({ attribute: 'base-map' }) baseMap: BaseMapKind = 'none';
  @property() tk?: string;
  @property({ attribute: 'tile-url' }) tileUrl?: string;
  @property() attribution?: string;
  @property({ attribute: 'review-number' }) reviewNumber?: string;
  @property() crs?: string;
  @property({ converter: pointsAttribute }) points: PointsSetting = false;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private filter = '';
  /** The option that holds the list's single tab stop (roving tabindex). */
  @state() private activeId?: string;
  @state() private status = '';
  @state() private locating = false;
  @state() private pointInvalid = false;
  @state() private openPointId?: string;
  @state() private engineError?: AdapterError;

  /** Created once and moved between renders, so the Leaflet map inside survives a reload of the data. */
  private readonly mapContainer = Object.assign(document.createElement('div'), { className: 'map' });
  private view?: GridMapView;
  private engine?: Engine;
  private viewKey = '';
  private index?: GridIndex<Grid>;
  private shown: { grids?: Grid[]; gridIds?: string; points?: unknown; baseMap?: string } = {};
  /** The selection the view and the last event reflect; a different `selected` was set from outside. */
  private applied?: string;
  private unsubscribe: Array<() => void> = [];

  private readonly data = new DataController(this, {
    widget: 'grid-map',
    args: () => [this.community ?? '', pointsKey(this.points)] as const,
    load: (adapter, [community], signal) => loadGridMapData(adapter, { community, points: this.points }, signal),
    isEmpty: (value) => value.grids.length === 0,
  });

  /** The selected grid's id, read by a `cw-worker-card for="…"` that is added after the selection was made. */
  get selectedGridId(): string | undefined {
    return this.selected || undefined;
  }

  private get t() {
    return gridMapMessages.of(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the view was destroyed on disconnect and is rebuilt on the next update.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroyView();
  }

  override render() {
    const state = this.data.state;
    const value = state === 'ready' ? this.data.value : undefined;
    return html`<div class="layout ${value ? 'layout--ready' : ''}">
      <div class="map-column">
        ${value ? html`<button type="button" class="skip cw-button" @click=${this.skipMap}>${this.t.skipMap}</button>` : nothing}
        <div class="frame" part="map">${value ? this.renderMap() : this.renderNotReady(state === 'ready' ? 'loading' : state)}</div>
        ${value?.skipped ? html`<p class="notice" part="notice" role="note">${this.t.skipped(value.skipped)}</p>` : nothing}
      </div>
      ${value ? this.renderPanel(value) : nothing}
    </div>`;
  }

  private renderNotReady(state: Exclude<DataState, 'ready'>): TemplateResult {
    const skipped = state === 'empty' ? (this.data.value?.skipped ?? 0) : 0;
    return renderState(state, this.data, {
      locale: this.locale,
      missing: this.t.missing,
      emptyText: skipped ? this.t.skipped(skipped) : this.t.empty,
    });
  }

  private renderMap(): TemplateResult | HTMLElement {
    if (this.engineError) return renderError(this.engineError, this.locale, () => this.retryEngine());
    return this.mapContainer;
  }

  private renderPanel(value: GridMapData): TemplateResult {
    const t = this.t;
    const level = this.headingLevel;
    const canLocate = geolocationAvailable();
    return html`<div class="panel" part="panel">
      <section class="find" aria-labelledby=${`${this.idPrefix}-find-title`}>
        <p class="heading" id=${`${this.idPrefix}-find-title`} role="heading" aria-level=${level}>${t.findTitle}</p>
        ${canLocate
          ? html`<button type="button" class="cw-button cw-button--primary" part="locate" ?disabled=${this.locating} @click=${this.locateMe}>
              ${this.locating ? t.locating : t.locate}
            </button>`
          : nothing}
        <form class="point-form" part="point-form" @submit=${this.onPointSubmit} novalidate>
          <label for=${`${this.idPrefix}-point`}>${t.pointLabel(canLocate)}</label>
          <div class="point-row">
            <input
              id=${`${this.idPrefix}-point`}
              name="point"
              type="text"
              inputmode="decimal"
              autocomplete="off"
              spellcheck="false"
              aria-describedby=${`${this.idPrefix}-point-example`}
              aria-invalid=${this.pointInvalid ? 'true' : 'false'}
            />
            <button type="submit" class="cw-button">${t.pointSubmit}</button>
          </div>
          <p class="hint" id=${`${this.idPrefix}-point-example`}>${t.pointExample}</p>
        </form>
        <p class="status" part="status" role="status">${this.status}</p>
      </section>
      ${this.renderPointInfo(value)} ${this.renderList(value)}
    </div>`;
  }

  private renderList(value: GridMapData): TemplateResult {
    const t = this.t;
    const { shown, total } = this.visibleGrids(value.grids);
    const tabStop = shown.some((g) => g.id === this.activeId) ? this.activeId : shown[0]?.id;
    return html`<section class="list" aria-labelledby=${`${this.idPrefix}-list-title`}>
      <p class="heading" id=${`${this.idPrefix}-list-title`} role="heading" aria-level=${this.headingLevel}>${t.listTitle}</p>
      <label for=${`${this.idPrefix}-filter`}>${t.filterLabel}</label>
      <input
        id=${`${this.idPrefix}-filter`}
        part="filter"
        type="search"
        autocomplete="off"
        aria-controls=${`${this.idPrefix}-grid-options`}
        .value=${this.filter}
        @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
        @keydown=${this.onFilterKey}
      />
      <p class="count" id=${`${this.idPrefix}-list-count`}>${total ? t.listCount(shown.length, total) : t.noMatch}</p>
      ${shown.length
        ? html`<ul
            class="options"
            id=${`${this.idPrefix}-grid-options`}
            part="list"
            role="listbox"
            aria-labelledby=${`${this.idPrefix}-list-title`}
            aria-describedby=${`${this.idPrefix}-list-count`}
            @keydown=${this.onListKey}
            @focusout=${this.onListFocusOut}
          >
            ${repeat(
              shown,
              (grid) => grid.id,
              (grid) => html`<li
                class="option"
                part="option"
                role="option"
                data-id=${grid.id}
                tabindex=${grid.id === tabStop ? 0 : -1}
                aria-selected=${grid.id === this.selected ? 'true' : 'false'}
                @click=${() => this.choose(grid.id, 'pointer')}
                @focus=${() => this.onOptionFocus(grid.id)}
              >
                <span class="option-name">${grid.name}</span>
                <span class="option-meta">${grid.community} · ${t.workerCount(value.workerCounts[grid.id] ?? 0)}</span>
              </li>`,
            )}
          </ul>`
        : nothing}
    </section>`;
  }

  private renderPointInfo(value: GridMapData): TemplateResult | typeof nothing {
    const point = this.openPointId ? value.points.find((p) => p.id === this.openPointId) : undefined;
    if (!point) return nothing;
    const t = this.t;
    const phone = point.phone ? telUrl(point.phone) : undefined;
    return html`<section class="point-info" part="point-info" tabindex="-1" aria-labelledby=${`${this.idPrefix}-point-title`}>
      <p class="heading" id=${`${this.idPrefix}-point-title`} role="heading" aria-level=${this.headingLevel}>${point.name}</p>
      <p class="meta">${t.pointKinds[point.kind]}</p>
      ${point.address || point.hours
        ? html`<dl>
            ${point.address ? html`<dt>${t.point.address}</dt><dd>${point.address}</dd>` : nothing}
            ${point.hours ? html`<dt>${t.point.hours}</dt><dd>${point.hours}</dd>` : nothing}
          </dl>`
        : nothing}
      <div class="point-actions">
        ${phone
          ? html`<a class="cw-button cw-button--primary" href=${phone}><span class="cw-visually-hidden">${t.point.call}</span>${point.phone}</a>`
          : nothing}
        <button type="button" class="cw-button" @click=${this.closePointInfo}>${t.point.close}</button>
      </div>
    </section>`;
  }

  /** The grids the list shows: those matching the filter, at most `LIST_LIMIT`, the selected one always. */
  private visibleGrids(grids: Grid[]): { shown: Grid[]; total: number } {
    return filterGrids(grids, this.filter, this.selected);
  }

  // ---- the engine ----

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const value = this.data.state === 'ready' ? this.data.value : undefined;
    if (value && !this.engineError) void this.syncView(value);
    if (changed.has('openPointId') && this.openPointId) this.renderRoot.querySelector<HTMLElement>('.point-info')?.focus();
  }

  /** Bring the view in line with the data and attributes: create it on first data, then update what changed. */
  private async syncView(value: GridMapData): Promise<void> {
    let engine: Engine;
    try {
      engine = await loadEngine();
    } catch (error) {
      this.engineError = AdapterError.from(error);
      return;
    }
    // Several updates may have waited for the engine; only the latest data counts.
    if (!this.isConnected || this.data.value !== value || !this.mapContainer.isConnected) return;
    this.engine = engine;
    adoptEngineStyles(this, engine);
    const dataCrs = dataCrsFrom(this.crs);
    const elder = this.elderMode.active;
    const key = `${dataCrs}|${elder}|${this.locale}`;
    // Text and sizes are baked into the view, so it is built anew, looking where the resident left the old one
    // (unless the coordinates changed meaning: another data CRS starts from the grids again).
    let viewport: MapViewport | undefined;
    if (this.view && key !== this.viewKey) {
      if (this.viewKey.startsWith(`${dataCrs}|`)) viewport = this.view.viewport;
      this.destroyView();
    }
    const baseMap = baseMapFrom({ kind: this.baseMap, tk: this.tk, tileUrl: this.tileUrl, attribution: this.attribution, reviewNumber: this.reviewNumber });
    const baseMapKey = JSON.stringify(baseMap);
    if (!this.view) {
      const t = this.t;
      this.view = engine.createGridMapView(this.mapContainer, {
        dataCrs,
        baseMap,
        style: styleFromTokens(this, { elder }),
        pointSize: elder ? 60 : 28,
        viewport,
        strings: { region: t.region, zoomIn: t.zoomIn, zoomOut: t.zoomOut },
      });
      this.viewKey = key;
      this.shown = { baseMap: baseMapKey };
      this.unsubscribe = [
        this.view.on('select', ({ id, source }) => {
          // Locating is handled where it is started; here only taps and clicks on the map.
          if (source === 'pointer') this.choose(id, 'pointer');
        }),
        this.view.on('point', ({ id }) => (this.openPointId = id)),
      ];
    }
    const view = this.view;
    if (this.shown.baseMap !== baseMapKey) {
      view.setBaseMap(baseMap);
      this.shown.baseMap = baseMapKey;
    }
    if (this.shown.grids !== value.grids) {
      const ids = value.grids.map((g) => g.id).join('\n');
      view.setGrids(value.grids);
      // Other grids (another community): show them all. The same grids in 繁體 keep the resident's view.
      if (this.shown.gridIds !== undefined && this.shown.gridIds !== ids) view.fitToGrids();
      this.shown.gridIds = ids;
      this.index = new engine.GridIndex(value.grids);
      this.shown.grids = value.grids;
      this.applied = undefined; // the new grids need the selection drawn again
    }
    if (this.shown.points !== value.points) {
      view.setServicePoints(value.points);
      this.shown.points = value.points;
    }
    if (this.selected !== this.applied) {
      const known = this.selected && this.gridById(this.selected);
      // A selection set by the page (attribute or property) is announced as `api`, so linked cards follow it.
      if (known) this.choose(known.id, 'api', { announce: false });
      else view.select(null);
      this.applied = this.selected;
    }
  }

  private destroyView(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.view?.destroy();
    this.view = undefined;
    this.shown = {};
    this.applied = undefined;
  }

  private retryEngine(): void {
    this.engineError = undefined;
  }

  // ---- selection ----

  private gridById(id: string): Grid | undefined {
    return this.data.value?.grids.find((g) => g.id === id);
  }

  /** Select a grid (or none), draw it, say so, and tell the page. */
  private choose(id: string | null, source: SelectSource, { announce = true, found = false } = {}): void {
    const grid = id ? this.gridById(id) : undefined;
    this.selected = grid?.id;
    this.applied = this.selected;
    this.view?.select(grid?.id ?? null, { reveal: source !== 'pointer' });
    if (!grid) {
      // A tap beside every grid clears the selection; the line must not keep naming the old one.
      this.status = '';
      return;
    }
    this.activeId = grid.id;
    if (announce) {
      const t = this.t;
      const workers = t.workerCount(this.data.value?.workerCounts[grid.id] ?? 0);
      this.status = (found ? t.found : t.selected)(grid.name, grid.community, workers);
    }
    this.emit('cw-grid-select', { gridId: grid.id, code: grid.code, name: grid.name, source });
  }

  /** Mark the position on the map and select the grid containing it (`position` in the data CRS). */
  private showGridAt(position: Position, markAt: Position, markCrs: MapCrs, source: 'locate' | 'search'): void {
    if (!this.view || !this.index || !this.engine) return;
    this.view.locate(markAt, markCrs);
    // The exact test on the data's own coordinates: a point on a shared edge belongs to the first grid in data
    // order, a point in a hole to none.
    const grid = this.engine.findGridAt(this.index, position);
    if (grid) {
      this.choose(grid.id, source, { found: true });
    } else {
      this.choose(null, source);
      this.status = this.t.outside;
    }
  }

  private readonly locateMe = async () => {
    this.locating = true;
    this.status = this.t.locating;
    const result = await geolocate();
    this.locating = false;
    if (!result.ok) {
      this.status = this.t[result.reason];
      return;
    }
    if (!this.engine) return;
    // Devices report WGS84; grids may be in another system.
    const dataCrs = dataCrsFrom(this.crs);
    this.showGridAt(this.engine.convertPosition(result.position, 'wgs84', dataCrs), result.position, 'wgs84', 'locate');
  };

  private readonly onPointSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('point') as HTMLInputElement;
    const position = parsePoint(input.value);
    this.pointInvalid = !position;
    if (!position) {
      this.status = this.t.pointInvalid;
      input.focus();
      return;
    }
    const dataCrs = dataCrsFrom(this.crs);
    this.showGridAt(position, position, dataCrs, 'search');
  };

  // ---- the list ----

  private readonly onListKey = (event: KeyboardEvent) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]')?.dataset.id;
    if (!id) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(id, 'keyboard');
      return;
    }
    const { shown } = this.visibleGrids(this.data.value?.grids ?? []);
    const next = nextIndex(event.key, shown.findIndex((g) => g.id === id), shown.length);
    if (next === undefined) return;
    event.preventDefault();
    void this.focusOption(shown[next]!.id);
  };

  private readonly onFilterKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    const first = this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]');
    first?.focus();
  };

  private onOptionFocus(id: string): void {
    this.activeId = id;
    // The focused option is outlined on the map, apart from the selection, so moving through the list shows where.
    this.view?.focus(id);
  }

  private readonly onListFocusOut = (event: FocusEvent) => {
    const list = event.currentTarget as HTMLElement;
    if (!list.contains(event.relatedTarget as Node | null)) this.view?.focus(null);
  };

  private async focusOption(id: string): Promise<void> {
    this.activeId = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[role="option"][data-id="${CSS.escape(id)}"]`)?.focus();
  }

  private readonly skipMap = () => {
    const target =
      this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]') ?? this.renderRoot.querySelector<HTMLElement>('[part="filter"]');
    target?.focus();
  };

  private readonly closePointInfo = () => {
    this.openPointId = undefined;
    this.mapContainer.focus();
  };
}
