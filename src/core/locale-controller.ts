import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './config.js';
import { toLocale } from './locale.js';
import { composedAncestors } from './ancestors.js';
import { loadCatalogs, type Catalog } from '../i18n/catalog.js';
import { nextTask } from './next-task.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The widget's language: a forced locale if given, else the nearest `lang` attribute, walking out of shadow roots,
 * else zh-Hans. Watched live, because a portal's 繁體 toggle or a translator changes `lang` after load.
 *
 * `value` moves to a new language only once the widget's catalogs for it have arrived, so a render never mixes
 * languages; if they cannot be fetched the widget stays in the language it shows.
 */
export class LocaleController implements ReactiveController {
  private readonly host: Host;
  private readonly forced: () => Locale | undefined;
  private readonly catalogs: () => readonly Catalog[];
  private observer?: MutationObserver;
  private current: Locale = 'zh-Hans';
  private wanted: Locale = 'zh-Hans';
  private loading: Promise<unknown> | undefined;

  constructor(host: Host, forced: () => Locale | undefined = () => undefined, catalogs: () => readonly Catalog[] = () => []) {
    this.host = host;
    this.forced = forced;
    this.catalogs = catalogs;
    host.addController(this);
  }

  get value(): Locale {
    return this.current;
  }

  /** The language the widget is switching to (its strings still loading), else the one it shows. */
  get target(): Locale {
    return this.wanted;
  }

  /**
   * For the host's `scheduleUpdate`: holds the first render until the strings of the page language have arrived
   * (or failed to), so a widget never flashes in another language. Later switches keep the old text meanwhile.
   */
  beforeFirstUpdate<R>(hasUpdated: boolean, update: () => R): R | Promise<R> {
    const strings = hasUpdated ? undefined : this.loading;
    return strings ? strings.then(update) : update();
  }

  hostConnected(): void {
    this.observe();
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Re-reads the forced locale (config changed) without re-observing. */
  hostUpdate(): void {
    this.resolve(false);
  }

  private observe(): void {
    this.observer?.disconnect();
    this.observer = new MutationObserver(() => this.resolve());
    // Every ancestor, not only the nearest with `lang`: a nearer one may gain `lang` later.
    for (const element of composedAncestors(this.host)) {
      this.observer.observe(element, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  private resolve(requestUpdate = true): void {
    let next = this.forced();
    if (!next) {
      for (const element of composedAncestors(this.host)) {
        const locale = toLocale(element.getAttribute('lang'));
        if (locale) {
          next = locale;
          break;
        }
        if (element.hasAttribute('lang')) break; // lang="fr": nearest says not Chinese or English; use the default
      }
    }
    next ??= 'zh-Hans';
    if (next === this.wanted && (next === this.current || this.loading)) return;
    this.wanted = next;
    const catalogs = this.catalogs();
    if (catalogs.every((catalog) => catalog.has(next))) {
      this.loading = undefined;
      this.switchTo(next, requestUpdate);
      return;
    }
    // Asked for a task later: starting the imports (about 18 ms on a phone-speed CPU) made the upgrade, already the
    // longest script of a 繁體 page, a long task. The first render waits for `loading` all the same.
    const loading = nextTask().then(() => loadCatalogs(catalogs, next)).then((arrived) => {
      if (this.loading !== loading) return; // the page changed language again meanwhile
      this.loading = undefined;
      if (arrived) this.switchTo(next, true);
      else this.wanted = this.current; // a later change of `lang` tries again
    });
    this.loading = loading;
  }

  private switchTo(locale: Locale, requestUpdate: boolean): void {
    if (locale === this.current) return;
    this.current = locale;
    if (requestUpdate) this.host.requestUpdate();
  }
}
