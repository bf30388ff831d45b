import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface ElderSource {
  /** The element's own `elder` attribute. */
  attribute: () => boolean;
  /** `elder` from provider or page config. */
  configured: () => boolean | undefined;
  /** The portal's 长者模式 marker, e.g. `.elder-mode`, matched against `<html>` and `<body>`. */
  selector: () => string | undefined;
}

/** Default markers: our own class, and the names common portal toolbars put on `<html>`/`<body>`. */
export const DEFAULT_ELDER_SELECTOR = '.cw-elder, .elder-mode';

/**
 * Decides elder mode and mirrors it to a `data-cw-elder` attribute on the host so styles can switch tokens.
 * The portal's own switch is watched live (a class on `<html>` or `<body>`), so 长者模式 reaches the widgets.
 */
export class ElderModeController implements ReactiveController {
  private readonly host: Host;
  private readonly source: ElderSource;
  private observer?: MutationObserver;

  constructor(host: Host, source: ElderSource) {
    this.host = host;
    this.source = source;
    host.addController(this);
  }

  get active(): boolean {
    return this.host.hasAttribute('data-cw-elder');
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.apply());
    const targets = [document.documentElement, document.body].filter(Boolean);
    for (const target of targets) this.observer.observe(target, { attributes: true, attributeFilter: ['class', 'data-mode'] });
    this.apply();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.apply();
  }

  private apply(): void {
    const on = this.source.attribute() || this.source.configured() === true || this.portalSwitchOn();
    this.host.toggleAttribute('data-cw-elder', on);
  }

  private portalSwitchOn(): boolean {
    const selector = this.source.selector() ?? DEFAULT_ELDER_SELECTOR;
    try {
      return [document.documentElement, document.body].some((el) => el?.matches(selector));
    } catch {
      return false; // an invalid selector from config must not break the widget
    }
  }
}
