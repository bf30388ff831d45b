import 'axe-core/axe.min.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

/**
 * axe violations as readable lines. In elder mode the AAA contrast rule (7:1) is switched on: elder mode
 * promises more than the AA floor.
 */
export async function axeViolations(el: Element, { enhancedContrast = false } = {}): Promise<string[]> {
  const result = await window.axe.run(el, {
    resultTypes: ['violations'],
    rules: { 'color-contrast-enhanced': { enabled: enhancedContrast } },
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' > ')} — ${n.failureSummary ?? v.help}`));
}
