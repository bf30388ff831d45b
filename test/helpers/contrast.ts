/** WCAG 2.x relative luminance of an `rgb()`/`rgba()` colour as getComputedStyle reports it. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Resolves a custom property of `el` to an rgb() string by letting the browser compute it. */
export function tokenColor(el: Element, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  (el.shadowRoot ?? el).append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The text/background pairs every theme must keep readable. */
export const COLOUR_PAIRS: readonly [string, string][] = [
  ['--cw-color-text', '--cw-color-bg'],
  ['--cw-color-text', '--cw-color-surface'],
  ['--cw-color-muted', '--cw-color-bg'],
  ['--cw-color-muted', '--cw-color-surface'],
  ['--cw-color-primary', '--cw-color-bg'],
  ['--cw-color-on-primary', '--cw-color-primary'],
  ['--cw-color-link', '--cw-color-bg'],
  ['--cw-color-danger', '--cw-color-bg'],
  ['--cw-color-success', '--cw-color-bg'],
];
