import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './config.js';
import { toLocale } from './locale.js';
import { composedAncestors } from './ancestors.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The widget's language: a forced locale if given, else the nearest `lang` attribute, walking out of shadow roots,
 * else zh-Hans. Watched live, because a portal's 繁體 toggle or a translator changes `lang` after load.
 */
export class LocaleController implements ReactiveController {
  private readonly host: Host;
  private readonly forced: () => Locale | undefined;
  private observer?: MutationObserver;
  private current: Locale = 'zh-Hans';

  constructor(host: Host, forced: () => Locale | undefined = () => undefined) {
    this.host = host;
    this.forced = forced;
    host.addController(this);
  }

  get value(): Locale {
    return this.current;
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
    if (next !== this.current) {
      this.current = next;
      if (requestUpdate) this.host.requestUpdate();
    }
  }
}
