import { supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';

/** Splits at top-level separators (not those inside `:is(a, b)`, `[attr="a,b"]` or `var(--x, y)`). */
function splitTopLevel(list: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === quote && list[i - 1] !== '\\') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === separator && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

/** The argument of a leading `:host(…)`, with balanced parentheses. */
function hostArgument(selector: string): { argument: string; rest: string } | undefined {
  if (!selector.startsWith(':host(')) return undefined;
  let depth = 0;
  for (let i = 5; i < selector.length; i++) {
    if (selector[i] === '(') depth++;
    else if (selector[i] === ')' && --depth === 0) return { argument: selector.slice(6, i), rest: selector.slice(i + 1) };
  }
  return undefined;
}

/**
 * Rewrites one shadow-DOM selector for light DOM. A rule for the host alone gets zero specificity through
 * `:where()`, as `:host` has against page rules, so a district theme still overrides the defaults; a rule for
 * the widget's insides is prefixed by the scope, so page rules of ordinary specificity lose to it.
 */
export function scopeSelector(selector: string, scope: string): string {
  const host = hostArgument(selector);
  if (host) return host.rest.trim() ? `${scope}:is(${host.argument})${host.rest}` : `:where(${scope}:is(${host.argument}))`;
  if (selector === ':host') return `:where(${scope})`;
  if (selector.startsWith(':host')) return `${scope}${selector.slice(5)}`;
  return `${scope} ${selector}`;
}

/**
 * Portal templates use `!important` freely (`a { color: #333 !important }`), which beats any normal rule. The
 * widget's inner rules answer in kind; custom properties and host rules stay normal so a theme still applies.
 */
function insistOn(style: CSSStyleDeclaration): void {
  // Rewritten as text: a shorthand holding var() has no longhand values to re-set one by one.
  style.cssText = splitTopLevel(style.cssText, ';')
    .map((declaration) => (declaration.startsWith('--') || /!important$/.test(declaration) ? declaration : `${declaration} !important`))
    .join('; ');
}

function rewrite(rules: CSSRuleList, scope: string, insist: boolean): string {
  let out = '';
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) {
      const selectors = splitTopLevel(rule.selectorText, ',');
      if (insist && !selectors.every((s) => s === ':host' || (s.startsWith(':host(') && !hostArgument(s)?.rest.trim()))) {
        insistOn(rule.style);
      }
      out += `${selectors.map((s) => scopeSelector(s, scope)).join(', ')}${rule.cssText.slice(rule.selectorText.length)}\n`;
    } else if ('cssRules' in rule && !(rule instanceof CSSKeyframesRule)) {
      // @media, @container, @supports, @layer: keep the condition, scope the rules inside.
      const header = rule.cssText.slice(0, rule.cssText.indexOf('{'));
      out += `${header}{\n${rewrite((rule as CSSGroupingRule).cssRules, scope, insist)}}\n`;
    } else {
      out += `${rule.cssText}\n`;
    }
  }
  return out;
}

const done = new WeakMap<Document | ShadowRoot, Set<string>>();

export interface LightStyleOptions {
  /** Adopt once per root and key (default: the tag); an engine's sheet needs a key of its own. */
  key?: string;
  /**
   * Make inner rules `!important` and reset page styles first (default true). Off for an engine's own CSS such
   * as Leaflet's: Leaflet positions its panes with inline styles, which `!important` rules would override.
   */
  insist?: boolean;
  /** Put the sheet before the others, so the widget's own rules win at equal specificity. */
  prepend?: boolean;
}

/**
 * Adopts an element's styles, rewritten for light DOM, into the document (or shadow root) it sits in — once
 * per tag. A constructed stylesheet, so a strict CSP (`style-src 'self'`) allows it.
 *
 * The reset first: page rules such as `ul { list-style: none }` or `.content p { text-indent: 2em }` would
 * otherwise reach inside the widget; `all: revert` takes those properties back to the browser's defaults,
 * and the widget's own rules, more specific, come after.
 */
export function adoptLightStyles(
  tag: string,
  styles: readonly CSSResultOrNative[],
  root: Document | ShadowRoot,
  { key = tag, insist = true, prepend = false }: LightStyleOptions = {},
): void {
  const keys = done.get(root) ?? new Set<string>();
  if (keys.has(key)) return;
  keys.add(key);
  done.set(root, keys);
  const scope = `${tag}[data-cw-light]`;
  // A lit CSSResult carries its text; a native sheet its rules.
  const source = parseRules(styles.map((s) => (s instanceof CSSStyleSheet ? Array.from(s.cssRules, (r) => r.cssText).join('\n') : s.cssText)).join('\n'));
  // SVG is left out: `all` covers `d`, `transform` and `fill`, and reverting them would drop an icon's
  // presentation attributes (the survey's stars lost their shapes).
  const text = `${insist ? `${scope} :where(:not(svg, svg *)) { all: revert; }\n` : ''}${rewrite(source, scope, insist)}`;
  if (!supportsAdoptingStyleSheets) {
    // Safari before 16.4: a `<style>` element, as Lit does there (a strict CSP needs `window.litNonce` for it).
    const style = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce) style.nonce = nonce;
    style.textContent = text;
    const parent = root instanceof Document ? root.head : root;
    if (prepend) parent.prepend(style);
    else parent.append(style);
    return;
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  root.adoptedStyleSheets = prepend ? [sheet, ...root.adoptedStyleSheets] : [...root.adoptedStyleSheets, sheet];
}

/** The rules of a style text, parsed by the browser: in a constructed sheet, or in a document of its own. */
function parseRules(text: string): CSSRuleList {
  if (supportsAdoptingStyleSheets) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet.cssRules;
  }
  const scratch = document.implementation.createHTMLDocument('');
  const style = scratch.createElement('style');
  style.textContent = text;
  scratch.head.append(style);
  return style.sheet!.cssRules;
}
