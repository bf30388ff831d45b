import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DataAdapter } from '../../adapters/data-adapter.js';
import { CwElement } from '../../core/cw-element.js';
import { DataController } from '../../core/data-controller.js';
import type { CwEvent } from '../../core/events.js';
import { safeUrl, telUrl } from '../../core/safe-url.js';
import { renderState } from '../../core/state-views.js';
import { shared } from '../../core/styles/shared.js';
import { tokens } from '../../core/styles/tokens.js';
import { commonMessages } from '../../i18n/common.js';
import { workerCardMessages } from '../../i18n/worker-card.js';
import type { Grid, Worker } from '../../model/index.js';
import { WORKER_ROLES } from '../../model/vocabulary.js';
import { downloadText } from '../../core/download.js';
import { buildVCard } from './internal/vcard.js';
import { workerCardStyles } from './worker-card.styles.js';

type CardData = { mode: 'worker'; worker: Worker; grids: Grid[] } | { mode: 'team'; grid: Grid; workers: Worker[] };
type Target = readonly ['worker' | 'grid', string];

/** Notice-board order: 网格长 first, then 网格员 … */
const byRole = (a: Worker, b: Worker) => WORKER_ROLES.indexOf(a.role) - WORKER_ROLES.indexOf(b.role);

async function loadCard(adapter: DataAdapter, [mode, id]: Target, signal: AbortSignal): Promise<CardData> {
  if (mode === 'worker') {
    const worker = await adapter.getWorker(id, { signal });
    const grids = worker.gridIds.length ? await adapter.listGrids({ ids: worker.gridIds }, { signal }) : [];
    return { mode, worker, grids };
  }
  const [grid, workers] = await Promise.all([adapter.getGrid(id, { signal }), adapter.listWorkers({ gridId: id }, { signal })]);
  return { mode: 'team', grid, workers: [...workers].sort(byRole) };
}

/** Surname first for Chinese names; initials of the first two words otherwise. */
function initials(name: string): string {
  const trimmed = name.trim();
  if (/^[\u3400-\u9fff]/.test(trimmed)) return trimmed.slice(0, 1);
  return trimmed.split(/\s+/).slice(0, 2).map((w) => w[0]?.toUpperCase() ?? '').join('');
}

/**
 * @tagname cw-worker-card
 * @summary A grid worker's contact card (民情联系卡), or a grid's whole team.
 *
 * Shows only what each worker agreed to publish: photo, phones and office appear only with their `publish`
 * flag. Phones are `tel:` links; "save contact" downloads a vCard.
 *
 * @attr worker - Worker id: show one worker.
 * @attr grid - Grid id: show the grid's team (网格长, 网格员, 社区民警 …).
 * @attr for - Id of a `cw-grid-map`: show the team of the grid selected there (`grid` until one is selected).
 * @attr src - URL of a static JSON data file (else the provider's or the page's).
 * @attr api - Base URL of a REST backend.
 * @attr elder - Elder mode: larger text and targets, stronger contrast.
 * @attr heading-level - Level of the name/title heading in the page outline (default 3).
 *
 * @fires cw-ready - Data is shown.
 * @fires cw-error - Loading failed; `detail.code` names why.
 * @fires cw-contact-save - A vCard was downloaded; `detail.workerId`. Not where the browser drops downloads (WeChat).
 *
 * @csspart card - The single-worker card.
 * @csspart team - The team list container.
 * @csspart member - One person in the team list.
 * @csspart photo - Photo or initials.
 * @csspart name - The worker's name.
 * @csspart phone - A phone link.
 * @csspart save - The save-contact button.
 * @csspart notice - What to do where the browser cannot save the contact (WeChat); empty otherwise.
 * @csspart state - Loading, empty, error and not-configured boxes (with `loading`, `empty`, `error`, `not-configured`).
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --cw-color-primary - Accent colour (avatar, buttons).
 * @cssprop --cw-color-text - Text colour.
 * @cssprop --cw-color-border - Card border.
 * @cssprop --cw-avatar-size - Photo size (default 4.5em).
 * @cssprop --cw-target-size - Minimum size of buttons and links (2.75em; 60px in elder mode).
 *
 * @example
 * <cw-worker-card worker="W-JQJ-0101"></cw-worker-card>
 * <cw-worker-card grid="G-JQJ-01"></cw-worker-card>
 */
export class CwWorkerCard extends CwElement {
  static override styles = [tokens, shared, workerCardStyles];
  static override catalogs = [commonMessages, workerCardMessages];

  @property() worker?: string;
  @property() grid?: string;
  /** Id of a `cw-grid-map` whose selection this card follows. */
  @property({ attribute: 'for' }) htmlFor?: string;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Grid chosen on the linked map (via `for`). */
  @state() private linkedGridId?: string;
  @state() private brokenPhotos = new Set<string>();
  /** A save was asked for where the browser drops downloads (WeChat): the card says what to do instead. */
  @state() private saveBlocked = false;

  private readonly data = new DataController(this, {
    widget: 'worker-card',
    args: () => this.target(),
    load: loadCard,
    isEmpty: (value) => value.mode === 'team' && value.workers.length === 0,
  });

  private readonly onGridSelect = (event: CwEvent<'cw-grid-select'>) => {
    if (!this.htmlFor) return;
    const fromLinkedMap = event.composedPath().some((node) => node instanceof Element && node.id === this.htmlFor);
    if (fromLinkedMap) this.linkedGridId = event.detail.gridId;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('cw-grid-select', this.onGridSelect);
    // A map that already has a selection (the card was added later) is followed at once.
    const map = this.htmlFor ? (document.getElementById(this.htmlFor) as { selectedGridId?: string } | null) : null;
    if (map?.selectedGridId) this.linkedGridId = map.selectedGridId;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('cw-grid-select', this.onGridSelect);
  }

  /**
   * What to show: own `worker`; with `for`, the linked map's grid (own `grid` until one is chosen there); own
   * `grid`; else the grid selected anywhere inside the same provider.
   */
  private target(): Target | undefined {
    if (this.worker) return ['worker', this.worker];
    if (this.htmlFor) {
      const grid = this.linkedGridId ?? this.grid;
      return grid ? ['grid', grid] : undefined;
    }
    if (this.grid) return ['grid', this.grid];
    return this.providerValue?.selectedGridId ? ['grid', this.providerValue.selectedGridId] : undefined;
  }

  private get t() {
    return workerCardMessages.of(this.locale);
  }

  override render() {
    const state = this.data.state;
    if (state !== 'ready') {
      return renderState(state, this.data, { locale: this.locale, missing: this.t.missing, emptyText: this.t.emptyTeam });
    }
    const value = this.data.value!;
    return value.mode === 'worker' ? this.renderWorker(value.worker, value.grids) : this.renderTeam(value.grid, value.workers);
  }

  private renderWorker(worker: Worker, grids: Grid[]): TemplateResult {
    const t = this.t;
    const gridNames = grids.map((g) => g.name).join('、');
    const office = worker.office?.publish ? worker.office : undefined;
    return html`<article class="card" part="card" aria-label=${t.label}>
      ${this.renderAvatar(worker)}
      <div>
        <p class="name" part="name" role="heading" aria-level=${this.headingLevel}>${worker.name}</p>
        <p class="meta">${this.roleName(worker)}</p>
        <p class="meta">${gridNames ? t.gridOf(gridNames, worker.community) : worker.community}</p>
        ${this.renderPhones(worker)}
        ${office?.address || office?.hours
          ? html`<dl>
              ${office.address ? html`<dt>${t.office}</dt><dd>${office.address}</dd>` : nothing}
              ${office.hours ? html`<dt>${t.hours}</dt><dd>${office.hours}</dd>` : nothing}
            </dl>`
          : nothing}
        ${worker.duties.length
          ? html`<p class="meta">${t.duties}</p>
              <ul class="duties">${worker.duties.map((duty) => html`<li>${duty}</li>`)}</ul>`
          : nothing}
        <div class="actions">${this.renderSave(worker, grids.map((g) => g.name))}</div>
        ${this.renderSaveNotice()}
      </div>
    </article>`;
  }

  private renderTeam(grid: Grid, workers: Worker[]): TemplateResult {
    const t = this.t;
    return html`<section class="team" part="team" aria-labelledby=${`${this.idPrefix}-team`}>
      <div class="team-header">
        <p class="name" id=${`${this.idPrefix}-team`} role="heading" aria-level=${this.headingLevel}>${t.team(grid.name)}</p>
        <p class="meta">${grid.community} · ${t.teamCount(workers.length)}</p>
      </div>
      <ul class="members">
        ${workers.map(
          (worker) => html`<li class="member" part="member">
            ${this.renderAvatar(worker, true)}
            <div>
              <p class="member-name" part="name">${worker.name}</p>
              <p class="meta">${this.roleName(worker)}</p>
            </div>
            <div class="member-actions">${this.renderPhones(worker, true)} ${this.renderSave(worker, [grid.name])}</div>
          </li>`,
        )}
      </ul>
      ${this.renderSaveNotice()}
    </section>`;
  }

  private renderAvatar(worker: Worker, small = false): TemplateResult {
    const src = worker.photo?.publish ? safeUrl(worker.photo.url, 'image', { imageHosts: this.config.imageHosts }) : undefined;
    const showPhoto = src && !this.brokenPhotos.has(worker.id);
    return html`<div class="avatar ${small ? 'avatar--small' : ''}" part="photo" aria-hidden=${showPhoto ? 'false' : 'true'}>
      ${showPhoto
        ? html`<img src=${src} alt=${worker.name} loading="lazy" decoding="async" width="72" height="72" @error=${() => this.photoFailed(worker.id)} />`
        : html`<span class="initials">${initials(worker.name)}</span>`}
    </div>`;
  }

  private renderPhones(worker: Worker, compact = false): TemplateResult {
    const t = this.t;
    const phones = worker.phones.filter((p) => p.publish);
    if (!phones.length) return compact ? html`` : html`<p class="meta">${t.noPhone}</p>`;
    const list = phones.map((phone) => {
      const href = telUrl(phone.number);
      return href
        ? html`<a class="cw-button cw-button--primary" part="phone" href=${href}>
            <span class="cw-visually-hidden">${t.call}</span>${phone.number}
            <span class=${compact ? 'cw-visually-hidden' : 'phone-kind'}>${t.phoneKinds[phone.kind]}</span>
            <span class="cw-visually-hidden">${t.contactOf(worker.name)}</span>
          </a>`
        : nothing;
    });
    return compact ? html`${list}` : html`<ul class="phones">${list.map((item) => html`<li>${item}</li>`)}</ul>`;
  }

  private renderSave(worker: Worker, gridNames: string[]): TemplateResult {
    return html`<button type="button" class="cw-button" part="save" @click=${() => this.saveContact(worker, gridNames)}>
      ${this.t.saveContact}<span class="cw-visually-hidden">${this.t.contactOf(worker.name)}</span>
    </button>`;
  }

  /** Always in the page, so a screen reader announces the notice when it appears. */
  private renderSaveNotice(): TemplateResult {
    return html`<p class="meta notice" part="notice" role="status">${this.saveBlocked ? this.t.saveBlocked : ''}</p>`;
  }

  private roleName(worker: Worker): string {
    return worker.title ?? this.t.roles[worker.role];
  }

  private photoFailed(id: string): void {
    this.brokenPhotos = new Set(this.brokenPhotos).add(id);
  }

  private saveContact(worker: Worker, gridNames: string[]): void {
    const text = buildVCard({ worker, roleName: this.roleName(worker), gridNames });
    // The file name is the id, not the name: names can hold characters file systems reject.
    this.saveBlocked = !downloadText(text, `${worker.id}.vcf`, 'text/vcard;charset=utf-8');
    if (!this.saveBlocked) this.emit('cw-contact-save', { workerId: worker.id });
  }
}
